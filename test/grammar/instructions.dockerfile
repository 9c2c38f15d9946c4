# SYNTAX TEST "source.dockerfile" "every instruction, in any case"
ARG VERSION=1
# <--- meta.instruction.arg.dockerfile keyword.other.special-method.dockerfile
FROM alpine
# <---- meta.instruction.from.dockerfile keyword.other.special-method.dockerfile
from alpine
# <---- keyword.other.special-method.dockerfile
Run echo hi
# <--- meta.instruction.run.dockerfile keyword.other.special-method.dockerfile
  run echo indented
# ^^^ keyword.other.special-method.dockerfile
CMD ["sh"]
# <--- meta.instruction.cmd.dockerfile keyword.other.special-method.dockerfile
ENTRYPOINT ["tini", "--"]
# <---------- meta.instruction.entrypoint.dockerfile keyword.other.special-method.dockerfile
COPY a b
# <---- meta.instruction.copy.dockerfile keyword.other.special-method.dockerfile
ADD a b
# <--- meta.instruction.add.dockerfile keyword.other.special-method.dockerfile
ENV A=1
# <--- meta.instruction.env.dockerfile keyword.other.special-method.dockerfile
EXPOSE 80/tcp 443 8000-8010/udp
# <------ meta.instruction.expose.dockerfile keyword.other.special-method.dockerfile
#      ^^ constant.numeric.port.dockerfile
#        ^ punctuation.separator.protocol.dockerfile
#         ^^^ constant.language.protocol.dockerfile
#             ^^^ constant.numeric.port.dockerfile
#                 ^^^^^^^^^ constant.numeric.port.dockerfile
#                           ^^^ constant.language.protocol.dockerfile
HEALTHCHECK NONE
# <----------- meta.instruction.healthcheck.dockerfile keyword.other.special-method.dockerfile
#           ^^^^ keyword.other.special-method.healthcheck-none.dockerfile
LABEL a=b
# <----- meta.instruction.label.dockerfile keyword.other.special-method.dockerfile
MAINTAINER someone
# <---------- meta.instruction.maintainer.dockerfile keyword.other.special-method.dockerfile
SHELL ["/bin/bash", "-c"]
# <----- meta.instruction.shell.dockerfile keyword.other.special-method.dockerfile
#     ^ meta.array.exec-form.dockerfile punctuation.definition.array.begin.dockerfile
STOPSIGNAL SIGTERM
# <---------- meta.instruction.stopsignal.dockerfile keyword.other.special-method.dockerfile
USER app:app
# <---- meta.instruction.user.dockerfile keyword.other.special-method.dockerfile
VOLUME ["/data"]
# <------ meta.instruction.volume.dockerfile keyword.other.special-method.dockerfile
#      ^ punctuation.definition.array.begin.dockerfile
WORKDIR /app
# <------- meta.instruction.workdir.dockerfile keyword.other.special-method.dockerfile
ONBUILD RUN make
# <------- meta.instruction.onbuild.dockerfile keyword.other.special-method.onbuild.dockerfile
#       ^^^ meta.onbuild-trigger.dockerfile meta.instruction.run.dockerfile keyword.other.special-method.dockerfile
#           ^^^^ meta.onbuild-trigger.dockerfile meta.embedded.block.shell
onbuild copy --chown=app . /src
# <------- keyword.other.special-method.onbuild.dockerfile
#       ^^^^ meta.onbuild-trigger.dockerfile keyword.other.special-method.dockerfile
#              ^^^^^ meta.onbuild-trigger.dockerfile entity.other.attribute-name.flag.dockerfile
RUNNER x
# <------ - keyword.other.special-method.dockerfile
FROMAGE y
# <------- - keyword.other.special-method.dockerfile
