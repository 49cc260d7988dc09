# SPDX-License-Identifier: GPL-3.0-or-later
# Installs BUILD_DIR with prefix /usr into STAGING_DIR (as DESTDIR) and checks the result:
#   cmake -DBUILD_DIR=... -DSTAGING_DIR=... -DVERSION=... -P check-install.cmake
cmake_minimum_required(VERSION 3.25)

file(REMOVE_RECURSE ${STAGING_DIR})
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${STAGING_DIR} ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix /usr
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(root ${STAGING_DIR}/usr)
set(problems "")

function(expect_file path)
    if(NOT EXISTS ${root}/${path} OR IS_DIRECTORY ${root}/${path})
        set(problems "${problems}\n  missing: ${path}" PARENT_SCOPE)
    endif()
endfunction()

function(expect_program path)
    expect_file(${path})
    execute_process(COMMAND test -x ${root}/${path} RESULT_VARIABLE not_executable)
    if(NOT not_executable EQUAL 0)
        set(problems "${problems}\n  not executable: ${path}" PARENT_SCOPE)
    else()
        set(problems "${problems}" PARENT_SCOPE)
    endif()
endfunction()

# A PNG's width and height are the two big-endian 32-bit numbers at byte 16 of its IHDR chunk.
function(expect_png path size)
    expect_file(${path})
    if(NOT EXISTS ${root}/${path})
        set(problems "${problems}" PARENT_SCOPE)
        return()
    endif()
    file(READ ${root}/${path} signature LIMIT 8 HEX)
    file(READ ${root}/${path} dimensions OFFSET 16 LIMIT 8 HEX)
    math(EXPR expected_width "${size}" OUTPUT_FORMAT HEXADECIMAL)
    string(SUBSTRING "${dimensions}" 0 8 width_hex)
    string(SUBSTRING "${dimensions}" 8 8 height_hex)
    math(EXPR width "0x${width_hex}")
    math(EXPR height "0x${height_hex}")
    if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT width EQUAL size OR NOT height EQUAL size)
        set(problems "${problems}\n  not a ${size}x${size} PNG: ${path} (${width}x${height})" PARENT_SCOPE)
    else()
        set(problems "${problems}" PARENT_SCOPE)
    endif()
endfunction()

expect_program(bin/heficed-panel)
expect_program(bin/heficed-sandbox)
expect_file(share/applications/com.heficed.Panel.desktop)
expect_file(share/metainfo/com.heficed.Panel.metainfo.xml)
expect_file(share/icons/hicolor/scalable/apps/heficed-panel.svg)
foreach(size 16 32 48 64 128 256)
    expect_png(share/icons/hicolor/${size}x${size}/apps/heficed-panel.png ${size})
endforeach()

# The desktop file starts the installed program and names the installed icon; the metainfo
# points at the desktop file and carries this version.
set(desktop_file ${root}/share/applications/com.heficed.Panel.desktop)
if(EXISTS ${desktop_file})
    file(STRINGS ${desktop_file} exec_line REGEX "^Exec=")
    file(STRINGS ${desktop_file} icon_line REGEX "^Icon=")
    if(NOT exec_line MATCHES "^Exec=heficed-panel( |$)")
        set(problems "${problems}\n  the desktop file's ${exec_line} does not start bin/heficed-panel")
    endif()
    if(NOT icon_line STREQUAL "Icon=heficed-panel")
        set(problems "${problems}\n  the desktop file's ${icon_line} is not the installed icon heficed-panel")
    endif()
endif()
set(metainfo_file ${root}/share/metainfo/com.heficed.Panel.metainfo.xml)
if(EXISTS ${metainfo_file})
    file(READ ${metainfo_file} metainfo)
    if(NOT metainfo MATCHES "<launchable type=\"desktop-id\">com.heficed.Panel.desktop</launchable>")
        set(problems "${problems}\n  the metainfo does not launch com.heficed.Panel.desktop")
    endif()
    if(NOT metainfo MATCHES "<release version=\"${VERSION}\"")
        set(problems "${problems}\n  the metainfo has no release ${VERSION}")
    endif()
endif()

# The installed panel answers --version (no display needed) with the project's version.
execute_process(COMMAND ${root}/bin/heficed-panel --version
    RESULT_VARIABLE result OUTPUT_VARIABLE version_output ERROR_VARIABLE version_output)
if(NOT result EQUAL 0 OR NOT version_output MATCHES "Heficed Panel ${VERSION}")
    set(problems "${problems}\n  bin/heficed-panel --version said: ${version_output}")
endif()

if(problems)
    message(FATAL_ERROR "The installed tree under ${STAGING_DIR} is incomplete:${problems}")
endif()
file(GLOB_RECURSE installed RELATIVE ${STAGING_DIR} ${STAGING_DIR}/*)
list(LENGTH installed count)
message(STATUS "All ${count} installed files are in place under ${STAGING_DIR}")
