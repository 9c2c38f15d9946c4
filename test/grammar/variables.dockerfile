# SYNTAX TEST "source.dockerfile" "variables expanded by the builder"
ENV PATH=$PATH:/opt/bin HOME=${HOME:-/root} X=${Y:+set} Z=${A:?required} W=${B#prefix}
#        ^ variable.other.dockerfile punctuation.definition.variable.dockerfile
#         ^^^^ variable.other.dockerfile
#                            ^^ meta.interpolation.variable.dockerfile punctuation.definition.variable.begin.dockerfile
#                              ^^^^ variable.other.dockerfile
#                                  ^^ keyword.operator.variable-modifier.dockerfile
#                                    ^^^^^ string.unquoted.variable-word.dockerfile
#                                         ^ punctuation.definition.variable.end.dockerfile
#                                               ^ variable.other.dockerfile
#                                                ^^ keyword.operator.variable-modifier.dockerfile
#                                                  ^^^ string.unquoted.variable-word.dockerfile
#                                                            ^^ keyword.operator.variable-modifier.dockerfile
#                                                                             ^ keyword.operator.variable-modifier.dockerfile
#                                                                              ^^^^^^ string.unquoted.variable-word.dockerfile
WORKDIR ${APP_DIR:-/app/${NAME}}/bin
#                         ^^^^ string.unquoted.variable-word.dockerfile variable.other.dockerfile
#                              ^ punctuation.definition.variable.end.dockerfile
#                               ^^^^ meta.instruction.workdir.dockerfile - variable.other.dockerfile
COPY --chown=$USER:$GROUP $SRC/ "${DEST}/"
#             ^^^^ variable.other.dockerfile
#                   ^^^^^ variable.other.dockerfile
#                          ^^^ variable.other.dockerfile
#                                  ^^^^ string.quoted.double.dockerfile variable.other.dockerfile
USER ${UID}:${GID}
#      ^^^ variable.other.dockerfile
EXPOSE $PORT
#       ^^^^ variable.other.dockerfile
LABEL version='$NOT_EXPANDED' other="$EXPANDED"
#              ^^^^^^^^^^^^^ string.quoted.single.dockerfile - variable.other.dockerfile
#                                     ^^^^^^^^ string.quoted.double.dockerfile variable.other.dockerfile
ENV ESCAPED=\$NOT
#           ^^ constant.character.escape.dockerfile
#             ^^^ - variable.other.dockerfile
STOPSIGNAL $SIG
#           ^^^ variable.other.dockerfile
VOLUME $DATA /logs
#       ^^^^ variable.other.dockerfile
