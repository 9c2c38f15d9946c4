# SYNTAX TEST "source.dockerfile" "flags: names, values, mount options, durations"
FROM --platform=linux/amd64 alpine AS base
#    ^^ meta.flag.dockerfile punctuation.definition.flag.dockerfile
#      ^^^^^^^^ meta.flag.dockerfile entity.other.attribute-name.flag.dockerfile
#              ^ keyword.operator.assignment.dockerfile
#               ^^^^^^^^^^^ string.unquoted.flag-value.dockerfile
#                           ^^^^^^ entity.name.type.image.dockerfile - meta.flag.dockerfile
RUN --mount=type=cache,target=/root/.cache,sharing=locked --network=none go build
#     ^^^^^ entity.other.attribute-name.flag.dockerfile
#           ^^^^ string.unquoted.flag-value.dockerfile entity.other.attribute-name.option.dockerfile
#               ^ keyword.operator.assignment.dockerfile
#                ^^^^^ string.unquoted.option-value.dockerfile
#                     ^ punctuation.separator.option.dockerfile
#                      ^^^^^^ entity.other.attribute-name.option.dockerfile
#                             ^^^^^^^^^^^^ string.unquoted.option-value.dockerfile
#                                          ^^^^^^^ entity.other.attribute-name.option.dockerfile
#                                                           ^^^^^^^ entity.other.attribute-name.flag.dockerfile
#                                                                   ^^^^ string.unquoted.flag-value.dockerfile
#                                                                        ^^^^^^^^ meta.embedded.block.shell - meta.flag.dockerfile
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc --mount=type=ssh npm ci --omit=dev
#                                                      ^^^^^ entity.other.attribute-name.flag.dockerfile
#                                                                     ^^^^^^^^^^^^^^^^^^ meta.embedded.block.shell - meta.flag.dockerfile entity.other.attribute-name.flag.dockerfile
COPY --from=build --chown=app:app --chmod=0755 --link /out /usr/bin/
#      ^^^^ entity.other.attribute-name.flag.dockerfile
#           ^^^^^ string.unquoted.flag-value.dockerfile
#                   ^^^^^ entity.other.attribute-name.flag.dockerfile
#                         ^^^^^^^ string.unquoted.flag-value.dockerfile
#                                   ^^^^^ entity.other.attribute-name.flag.dockerfile
#                                         ^^^^ constant.numeric.integer.dockerfile
#                                                ^^^^ meta.flag.dockerfile entity.other.attribute-name.flag.dockerfile
#                                                     ^^^^ meta.arguments.dockerfile - meta.flag.dockerfile
COPY --link=false --parents --exclude=*.md ./src/ /app/
#           ^^^^^ constant.language.boolean.dockerfile
#                   ^^^^^^^ entity.other.attribute-name.flag.dockerfile
#                             ^^^^^^^ entity.other.attribute-name.flag.dockerfile
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d --keep-git-dir=true --unpack=false https://example.com/a.tar /a
#     ^^^^^^^^ entity.other.attribute-name.flag.dockerfile
#              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.unquoted.flag-value.dockerfile
#                                                                                        ^^^^^^^^^^^^ entity.other.attribute-name.flag.dockerfile
#                                                                                                     ^^^^ constant.language.boolean.dockerfile
#                                                                                                            ^^^^^^ entity.other.attribute-name.flag.dockerfile
HEALTHCHECK --interval=30s --timeout=1m30s --start-period=5s --start-interval=500ms --retries=3 CMD curl -f http://localhost/ || exit 1
#             ^^^^^^^^ entity.other.attribute-name.flag.dockerfile
#                      ^^^ constant.numeric.duration.dockerfile
#                                    ^^^^^ constant.numeric.duration.dockerfile
#                                                         ^^ constant.numeric.duration.dockerfile
#                                                                             ^^^^^ constant.numeric.duration.dockerfile
#                                                                                             ^ constant.numeric.integer.dockerfile
#                                                                                               ^^^ meta.healthcheck-command.dockerfile keyword.other.special-method.dockerfile
#                                                                                                   ^^^^^^^ meta.embedded.block.shell
HEALTHCHECK --interval=5m \
  CMD ["/bin/check", "--deep"]
# ^^^ keyword.other.special-method.dockerfile
#     ^ punctuation.definition.array.begin.dockerfile
#                    ^^^^^^^^ string.quoted.double.json.dockerfile - entity.other.attribute-name.flag.dockerfile
RUN --mount=type=bind,from=build,source=/out,target=/mnt,rw \
    --mount=type=tmpfs,target=/tmp,size=64m \
#     ^^^^^ entity.other.attribute-name.flag.dockerfile
#                                  ^^^^ entity.other.attribute-name.option.dockerfile
    cp /mnt/x /usr/local/bin/x
#   ^^ meta.embedded.block.shell - meta.flag.dockerfile
RUN --mount=type=cache,target="/var/cache/apt dir",id=apt apt-get update
#                             ^^^^^^^^^^^^^^^^^^^^ string.quoted.double.dockerfile
#                                                  ^^ entity.other.attribute-name.option.dockerfile
RUN --network=$NET echo
#             ^^^^ variable.other.dockerfile
