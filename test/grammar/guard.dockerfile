# SYNTAX TEST "source.dockerfile" "an upper-case instruction keyword at a line start closes a shell-embedding instruction"
# The stub shell grammar below opens a string at the quote and never closes it, as a confused shell grammar
# might; the next instruction must still be recognised.
RUN echo "unterminated
    more text
#   ^^^^ meta.instruction.run.dockerfile meta.embedded.block.shell string.quoted.double.stub.shell
COPY a b
# <---- meta.instruction.copy.dockerfile keyword.other.special-method.dockerfile
CMD echo 'open
    RUN indented keyword
#   ^^^ meta.instruction.run.dockerfile keyword.other.special-method.dockerfile - meta.instruction.cmd.dockerfile
HEALTHCHECK --interval=5s \
    CMD "still the healthcheck
#   ^^^ meta.instruction.healthcheck.dockerfile keyword.other.special-method.dockerfile
USER app
# <---- meta.instruction.user.dockerfile keyword.other.special-method.dockerfile - meta.instruction.healthcheck.dockerfile
RUN <<EOF
Userland lines with other words are body text
# <-------- meta.heredoc.dockerfile meta.embedded.block.shell
EOF
# <--- entity.name.tag.heredoc-delimiter.dockerfile
run echo "lower-case instructions are guarded too
WORKDIR /x
# <------- meta.instruction.workdir.dockerfile keyword.other.special-method.dockerfile
