# SYNTAX TEST "source.dockerfile" "JSON (exec) form and when it is not JSON"
CMD ["node", "server.js", "--msg=\"hi\"\n\u00e9"]
#   ^ meta.array.exec-form.dockerfile punctuation.definition.array.begin.dockerfile
#    ^ string.quoted.double.json.dockerfile punctuation.definition.string.begin.dockerfile
#     ^^^^ string.quoted.double.json.dockerfile
#          ^ punctuation.separator.array.dockerfile
#                                ^^ constant.character.escape.json.dockerfile
#                                    ^^ constant.character.escape.json.dockerfile
#                                      ^^ constant.character.escape.json.dockerfile
#                                        ^^^^^^ constant.character.escape.json.dockerfile
#                                               ^ punctuation.definition.array.end.dockerfile
ENTRYPOINT [ "/entrypoint.sh" ]
#          ^ punctuation.definition.array.begin.dockerfile
#            ^^^^^^^^^^^^^^^^ string.quoted.double.json.dockerfile
#                             ^ punctuation.definition.array.end.dockerfile
CMD ["echo", "$HOME"]
#             ^^^^^ string.quoted.double.json.dockerfile - variable.other.dockerfile
RUN ["apt-get", "install", \
     "-y", "curl"]
#    ^^^^ meta.array.exec-form.dockerfile string.quoted.double.json.dockerfile
#                ^ punctuation.definition.array.end.dockerfile
RUN ["bad\q"]
#        ^^ invalid.illegal.unrecognized-escape.json.dockerfile
RUN [ -f /etc/os-release ] && cat /etc/os-release
#   ^ meta.embedded.block.shell - meta.array.exec-form.dockerfile
RUN [ "$A" = "b" ] && echo same
#   ^ meta.embedded.block.shell - meta.array.exec-form.dockerfile
COPY ["a b.txt", "$DEST/"]
#    ^ meta.array.exec-form.dockerfile punctuation.definition.array.begin.dockerfile
#                 ^^^^^ string.quoted.double.json.dockerfile variable.other.dockerfile
VOLUME ["/var/lib/data", "/logs"]
#                        ^^^^^^^ string.quoted.double.json.dockerfile
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
#                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.json.dockerfile - variable.other.dockerfile
CMD []
#   ^^ meta.array.exec-form.dockerfile
RUN [] && echo not json
#   ^ meta.embedded.block.shell - meta.array.exec-form.dockerfile
