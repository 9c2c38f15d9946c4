# SYNTAX TEST "source.dockerfile" "FROM image[:tag][@digest] AS name"
FROM ubuntu:22.04 AS build-env
#    ^^^^^^ entity.name.type.image.dockerfile
#          ^ punctuation.separator.tag.dockerfile
#           ^^^^^ constant.other.tag.dockerfile
#                 ^^ keyword.other.as.dockerfile
#                    ^^^^^^^^^ entity.name.stage.dockerfile
from golang@sha256:0123456789abcdef as builder
#    ^^^^^^ entity.name.type.image.dockerfile
#          ^ punctuation.separator.digest.dockerfile
#           ^^^^^^^^^^^^^^^^^^^^^^^ constant.other.digest.dockerfile
#                                   ^^ keyword.other.as.dockerfile
#                                      ^^^^^^^ entity.name.stage.dockerfile
FROM registry.example.com:5000/team/app:1.2.3@sha256:abcdef AS final
#    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ entity.name.type.image.dockerfile
#                                      ^ punctuation.separator.tag.dockerfile
#                                       ^^^^^ constant.other.tag.dockerfile
#                                            ^ punctuation.separator.digest.dockerfile
#                                             ^^^^^^^^^^^^^ constant.other.digest.dockerfile
#                                                           ^^ keyword.other.as.dockerfile
#                                                              ^^^^^ entity.name.stage.dockerfile
FROM scratch
#    ^^^^^^^ entity.name.type.image.dockerfile
FROM ${BASE_IMAGE:-alpine}:${TAG}
#    ^^ entity.name.type.image.dockerfile punctuation.definition.variable.begin.dockerfile
#      ^^^^^^^^^^ entity.name.type.image.dockerfile variable.other.dockerfile
#                ^^ keyword.operator.variable-modifier.dockerfile
#                         ^ punctuation.separator.tag.dockerfile
#                            ^^^ constant.other.tag.dockerfile variable.other.dockerfile
FROM base-$TARGETARCH
#    ^^^^^ entity.name.type.image.dockerfile
#         ^ entity.name.type.image.dockerfile variable.other.dockerfile punctuation.definition.variable.dockerfile
#          ^^^^^^^^^^ entity.name.type.image.dockerfile variable.other.dockerfile
FROM --platform=$BUILDPLATFORM node:20 AS deps
#                              ^^^^ entity.name.type.image.dockerfile
#                                   ^^ constant.other.tag.dockerfile
#                                      ^^ keyword.other.as.dockerfile
#                                         ^^^^ entity.name.stage.dockerfile
