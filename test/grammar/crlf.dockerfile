# SYNTAX TEST "source.dockerfile" "CRLF line endings"
# syntax=docker/dockerfile:1
# <- meta.directive.dockerfile punctuation.definition.directive.dockerfile
#        ^^^^^^^^^^^^^^^^^^^^ string.unquoted.directive-value.dockerfile
FROM alpine:3.20 AS base
#    ^^^^^^ entity.name.type.image.dockerfile
#           ^^^^ constant.other.tag.dockerfile
#                   ^^^^ entity.name.stage.dockerfile
RUN apk add --no-cache curl \
#                           ^ constant.character.escape.line-continuation.dockerfile
    # dropped comment
#   ^ comment.line.number-sign.dockerfile
    && echo done
#   ^^ meta.instruction.run.dockerfile meta.embedded.block.shell
COPY <<EOF /etc/motd
hello
# <----- string.unquoted.heredoc.dockerfile
EOF
# <--- entity.name.tag.heredoc-delimiter.dockerfile
ENV A="x y" B=2
#   ^ variable.other.definition.dockerfile
#     ^^^^^ string.quoted.double.dockerfile
CMD ["sh", "-c", "echo $A"]
# <--- keyword.other.special-method.dockerfile
#   ^ punctuation.definition.array.begin.dockerfile
#                         ^ punctuation.definition.array.end.dockerfile
