# SYNTAX TEST "source.dockerfile" "ENV, LABEL and ARG pairs"
ENV NODE_ENV=production APP="my app" EMPTY= Q='single quoted'
#   ^^^^^^^^ meta.key-value.dockerfile variable.other.definition.dockerfile
#           ^ keyword.operator.assignment.dockerfile
#            ^^^^^^^^^^ string.unquoted.value.dockerfile
#                       ^^^ variable.other.definition.dockerfile
#                           ^ punctuation.definition.string.begin.dockerfile
#                            ^^^^^^ string.quoted.double.dockerfile
#                                    ^^^^^ variable.other.definition.dockerfile
#                                             ^^^^^^^^^^^^^^^ string.quoted.single.dockerfile
ENV LEGACY value with spaces
#   ^^^^^^ variable.other.definition.dockerfile
#          ^^^^^ - variable.other.definition.dockerfile
ENV A=1 \
    B=2
#   ^ variable.other.definition.dockerfile
#     ^ string.unquoted.value.dockerfile
LABEL org.opencontainers.image.title="Layerwise" "com.example.quoted key"="v" maintainer=me
#     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ entity.other.attribute-name.label.dockerfile
#                                   ^ keyword.operator.assignment.dockerfile
#                                                 ^^^^^^^^^^^^^^^^^^^^^^ entity.other.attribute-name.label.dockerfile
#                                                                             ^^^^^^^^^^ entity.other.attribute-name.label.dockerfile
LABEL description="escaped \" quote" other=x
#                          ^^ constant.character.escape.dockerfile
#                                    ^^^^^ entity.other.attribute-name.label.dockerfile
ARG VERSION
#   ^^^^^^^ variable.other.definition.dockerfile
ARG TARGETARCH BUILD_DATE=unknown
#   ^^^^^^^^^^ variable.other.definition.dockerfile
#              ^^^^^^^^^^ variable.other.definition.dockerfile
#                         ^^^^^^^ string.unquoted.value.dockerfile
ARG BASE=alpine:${ALPINE_VERSION}
#                 ^^^^^^^^^^^^^^ variable.other.dockerfile
