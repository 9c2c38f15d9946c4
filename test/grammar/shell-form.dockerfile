# SYNTAX TEST "source.dockerfile" "shell form embeds source.shell; continuations keep the instruction open"
RUN apt-get update && apt-get install -y curl
#   ^^^^^^^^^^^^^^^ meta.instruction.run.dockerfile meta.embedded.block.shell
#                  ^^ meta.embedded.block.shell keyword.operator.list.stub.shell
RUN set -eux; \
#             ^ meta.embedded.block.shell constant.character.escape.line-continuation.dockerfile
    # a comment line inside the instruction is dropped by the builder
#   ^ meta.instruction.run.dockerfile comment.line.number-sign.dockerfile punctuation.definition.comment.dockerfile
    echo "one \
#        ^ string.quoted.double.stub.shell
    two"; \

    run is not an instruction here \
#   ^^^ meta.instruction.run.dockerfile meta.embedded.block.shell - keyword.other.special-method.dockerfile
    done
#   ^^^^ meta.instruction.run.dockerfile meta.embedded.block.shell
CMD echo after
# <--- keyword.other.special-method.dockerfile - meta.embedded.block.shell
RUN echo trailing spaces after the escape \   
    from not-an-instruction
#   ^^^^ meta.embedded.block.shell - keyword.other.special-method.dockerfile
ENTRYPOINT exec node server.js "$PORT"
#          ^^^^^^^^^^^^^^^^^^^^ meta.instruction.entrypoint.dockerfile meta.embedded.block.shell
#                               ^^^^^ string.quoted.double.stub.shell
CMD \
  ["node", "x.js"]
# ^ meta.instruction.cmd.dockerfile meta.array.exec-form.dockerfile punctuation.definition.array.begin.dockerfile
RUN echo a\
b
# <- meta.instruction.run.dockerfile meta.embedded.block.shell
RUN echo $HOME ${HOME}
#        ^^^^^ variable.other.stub.shell - variable.other.dockerfile
RUN
# <--- keyword.other.special-method.dockerfile
COPY . .
# <---- keyword.other.special-method.dockerfile
WORKDIR /app \
  # comment inside a continued WORKDIR
# ^ comment.line.number-sign.dockerfile
  /sub
# ^^^^ meta.instruction.workdir.dockerfile
USER app
# <---- keyword.other.special-method.dockerfile
