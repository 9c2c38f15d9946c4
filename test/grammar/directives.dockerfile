# SYNTAX TEST "source.dockerfile" "parser directives at the top are not comments"
# syntax=docker/dockerfile:1.7
# <- meta.directive.dockerfile punctuation.definition.directive.dockerfile - comment.line.number-sign.dockerfile
# ^^^^^^ meta.directive.dockerfile keyword.control.directive.dockerfile
#       ^ keyword.operator.assignment.dockerfile
#        ^^^^^^^^^^^^^^^^^^^^ string.unquoted.directive-value.dockerfile
#  ESCAPE = \
#  ^^^^^^ keyword.control.directive.dockerfile
#           ^ string.unquoted.directive-value.dockerfile
# check=skip=JSONArgsRecommended;error=true
# ^^^^^ keyword.control.directive.dockerfile
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.unquoted.directive-value.dockerfile
# an ordinary comment ends the directive block
# <- comment.line.number-sign.dockerfile punctuation.definition.comment.dockerfile - meta.directive.dockerfile
# ^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.dockerfile
# syntax=too/late
# <- comment.line.number-sign.dockerfile - meta.directive.dockerfile
# ^^^^^^ comment.line.number-sign.dockerfile - keyword.control.directive.dockerfile
FROM alpine
# <---- keyword.other.special-method.dockerfile
  # indented comment
# ^ comment.line.number-sign.dockerfile punctuation.definition.comment.dockerfile
RUN echo hi # not a Dockerfile comment: the shell sees it
#           ^ - comment.line.number-sign.dockerfile
