# SYNTAX TEST "source.dockerfile" "escape=` switches continuation to the backtick"
# escape=`
# <- meta.directive.dockerfile punctuation.definition.directive.dockerfile
# ^^^^^^ keyword.control.directive.dockerfile
#        ^ string.unquoted.directive-value.dockerfile
# syntax=docker/dockerfile:1
# ^^^^^^ meta.directive.dockerfile keyword.control.directive.dockerfile
#
# Limits of the TextMate grammar (it cannot run the builder's directive parser):
# - The backtick copy of the grammar is chosen only when `escape=`` sits in the directive block on the very
#   first lines of the document. Editors that tokenize a Dockerfile from the middle (an embedded code block,
#   or a viewer that starts at an arbitrary line) do not see the directive and fall back to `\`.
# - The choice is made once: deleting or changing the directive re-tokenizes from the top in VS Code, but a
#   directive written later in the file is (correctly) a comment.
# - Shell-form bodies are still coloured with source.shell, although backtick files usually run PowerShell
#   or cmd through SHELL.
FROM mcr.microsoft.com/windows/servercore:ltsc2022
# <---- keyword.other.special-method.dockerfile
RUN powershell -Command `
#                       ^ constant.character.escape.line-continuation.dockerfile
    $ErrorActionPreference = 'Stop'; `
    # comment inside the continued instruction
#   ^ comment.line.number-sign.dockerfile
    Invoke-WebRequest https://example.com/x.zip -OutFile C:\x.zip
#   ^^^^^^^^^^^^^^^^^ meta.instruction.run.dockerfile meta.embedded.block.shell
COPY app\ C:\app\
# <---- keyword.other.special-method.dockerfile
#        ^ - constant.character.escape.line-continuation.dockerfile
WORKDIR C:\app
# <------- keyword.other.special-method.dockerfile
ENV APP_HOME=C:\app `
    LOG=C:\logs
#   ^^^ variable.other.definition.dockerfile
HEALTHCHECK --interval=30s `
  CMD ["cmd", "/S", "/C", "exit 0"]
# ^^^ keyword.other.special-method.dockerfile
#     ^ punctuation.definition.array.begin.dockerfile
CMD ["C:\\app\\run.exe"]
#       ^^ constant.character.escape.json.dockerfile
ONBUILD RUN echo one `
  two
# ^^^ meta.onbuild-trigger.dockerfile meta.embedded.block.shell
USER ContainerUser
# <---- keyword.other.special-method.dockerfile
