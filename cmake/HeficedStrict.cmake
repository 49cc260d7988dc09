# SPDX-License-Identifier: GPL-3.0-or-later
# One interface target that every project target links: strict Qt defines and warnings.

add_library(heficed_strict INTERFACE)

target_compile_definitions(heficed_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT   # only Qt 6.7 and later know it; older versions ignore it
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_MESSAGELOGCONTEXT)

# -Wnull-dereference is left out: GCC 12 reports it falsely inside Qt's inlined containers and
# QPointer at -O2, which buried the real output of release builds.
target_compile_options(heficed_strict INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough -Wformat=2
    $<$<BOOL:${HEFICED_WARNINGS_AS_ERRORS}>:-Werror>)

if(HEFICED_SANITIZERS)
    target_compile_options(heficed_strict INTERFACE -fsanitize=${HEFICED_SANITIZERS} -fno-omit-frame-pointer)
    target_link_options(heficed_strict INTERFACE -fsanitize=${HEFICED_SANITIZERS})
endif()
