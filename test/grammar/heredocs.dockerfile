# SYNTAX TEST "source.dockerfile" "heredocs: shell bodies for RUN, text bodies for COPY/ADD"
RUN <<EOF
#   ^^ meta.heredoc.dockerfile keyword.operator.heredoc.dockerfile
#     ^^^ entity.name.tag.heredoc-delimiter.dockerfile
apt-get update && apt-get install -y curl
# <------- meta.heredoc.dockerfile meta.embedded.block.shell
#              ^^ meta.embedded.block.shell keyword.operator.list.stub.shell
from is body text here
# <---- meta.embedded.block.shell - keyword.other.special-method.dockerfile
# Limit: a RUN/CMD/ENTRYPOINT/HEALTHCHECK/ONBUILD body line that starts with an UPPER-CASE instruction keyword
# and a blank ends the instruction (a guard against the shell grammar leaving a construct open); see
# guard.dockerfile.
EOF
# <--- meta.heredoc.dockerfile entity.name.tag.heredoc-delimiter.dockerfile
CMD ["after"]
# <--- keyword.other.special-method.dockerfile
RUN --mount=type=cache,target=/var/cache/apt <<-"SCRIPT" bash -e
#     ^^^^^ entity.other.attribute-name.flag.dockerfile
#                                            ^^^ keyword.operator.heredoc.dockerfile
#                                               ^ punctuation.definition.string.begin.dockerfile
#                                                ^^^^^^ entity.name.tag.heredoc-delimiter.dockerfile
#                                                      ^ punctuation.definition.string.end.dockerfile
	echo "$HOME"
#	     ^^^^^^^ meta.embedded.block.shell string.quoted.double.stub.shell
	SCRIPT
#	^^^^^^ entity.name.tag.heredoc-delimiter.dockerfile
RUN <<'EOT'
echo 'EOT is only the delimiter alone on its line'
EOT
# <--- entity.name.tag.heredoc-delimiter.dockerfile
COPY <<EOF /etc/app.conf
#    ^^ keyword.operator.heredoc.dockerfile
#      ^^^ entity.name.tag.heredoc-delimiter.dockerfile
#          ^^^^^^^^^^^^^ meta.instruction.copy.dockerfile - string.unquoted.heredoc.dockerfile
port = 8080
# <---- meta.heredoc.dockerfile string.unquoted.heredoc.dockerfile
RUN not an instruction
# <--- string.unquoted.heredoc.dockerfile - keyword.other.special-method.dockerfile
EOF
# <--- entity.name.tag.heredoc-delimiter.dockerfile
COPY --chmod=755 <<one.sh <<two.sh /usr/local/bin/
#                ^^ keyword.operator.heredoc.dockerfile
#                  ^^^^^^ entity.name.tag.heredoc-delimiter.dockerfile
#                         ^^ keyword.operator.heredoc.dockerfile
#                           ^^^^^^ entity.name.tag.heredoc-delimiter.dockerfile
echo one
# <---- string.unquoted.heredoc.dockerfile
two.sh
# <------ string.unquoted.heredoc.dockerfile - entity.name.tag.heredoc-delimiter.dockerfile
one.sh
# <------ entity.name.tag.heredoc-delimiter.dockerfile
echo two
# <---- string.unquoted.heredoc.dockerfile
two.sh
# <------ entity.name.tag.heredoc-delimiter.dockerfile
WORKDIR /after
# <------- keyword.other.special-method.dockerfile
RUN <<A cat && <<B cat && 3<<C cat
#   ^^ keyword.operator.heredoc.dockerfile
#              ^^ keyword.operator.heredoc.dockerfile
#                ^ entity.name.tag.heredoc-delimiter.dockerfile
#                         ^ constant.numeric.file-descriptor.dockerfile
#                          ^^ keyword.operator.heredoc.dockerfile
#                            ^ entity.name.tag.heredoc-delimiter.dockerfile
first
# <----- meta.embedded.block.shell
A
# <- entity.name.tag.heredoc-delimiter.dockerfile
second
B
# <- entity.name.tag.heredoc-delimiter.dockerfile
third
# <----- meta.embedded.block.shell
C
# <- entity.name.tag.heredoc-delimiter.dockerfile
RUN echo $((1<<2)) && cat<<X
#             ^^^ - keyword.operator.heredoc.dockerfile
USER app
# <---- keyword.other.special-method.dockerfile
ADD <<EOF /x
${NAME} is expanded in an unquoted COPY/ADD heredoc
# <------- string.unquoted.heredoc.dockerfile meta.interpolation.variable.dockerfile
EOF
ADD <<"EOF" /x
${NAME} stays literal in a quoted one
# <------- string.unquoted.heredoc.dockerfile - meta.interpolation.variable.dockerfile
EOF
EXPOSE 80
# <------ keyword.other.special-method.dockerfile
