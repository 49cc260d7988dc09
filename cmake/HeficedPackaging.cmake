# SPDX-License-Identifier: GPL-3.0-or-later
# A Debian package of what `cmake --install` puts in place (the panel, the sandbox, the desktop
# file, the AppStream metainfo and the icons). In a Release build directory:
#   cpack -G DEB        ->  heficed-panel_<version>_<arch>.deb
# The library dependencies are worked out by dpkg-shlibdeps (package dpkg-dev); what the panel
# loads as plugins, which dpkg-shlibdeps cannot see, is listed by hand.

set(HEFICED_PACKAGE_MAINTAINER "Heficed Panel developers <panel@heficed.invalid>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_PACKAGE_NAME heficed-panel)
set(CPACK_PACKAGE_VENDOR "Heficed Panel developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "${HEFICED_PACKAGE_MAINTAINER}")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${HEFICED_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# CPack puts the summary first and indents these lines itself; an empty line becomes " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Heficed Panel is a native desktop client for the Heficed cloud API. It lists
the cloud servers of an organisation with their status, addresses, sizes and
billing, starts, stops, reboots and cancels them, and routes IP addresses. The
API credentials are kept in the system keychain.

The package also holds heficed-sandbox, a local imitation of the Heficed API
for trying the panel without an account.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The SVG icon engine and image plugin (libqt6svg6) draw the panel's icons; Qt's translations
# cover its own dialogs; QtKeychain needs a Secret Service provider at run time.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager, qt6-qpa-plugins")

include(CPack)
