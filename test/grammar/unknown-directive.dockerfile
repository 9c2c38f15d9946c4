# SYNTAX TEST "source.dockerfile" "an unknown directive ends the block, so later ones are comments"
# foo=bar
# <- comment.line.number-sign.dockerfile - meta.directive.dockerfile
# escape=`
# ^^^^^^ comment.line.number-sign.dockerfile - keyword.control.directive.dockerfile
FROM alpine
RUN echo a `
# ^ keyword.other.special-method.dockerfile
CMD echo b
# <--- keyword.other.special-method.dockerfile
