# SPDX-License-Identifier: GPL-3.0-or-later
# English plural forms: the sources are English, so heficed_en.ts holds only the %n strings
# (lupdate -pluralonly), giving "1 server" and "2 servers" from one source text. [one, other].

PLURAL_FORMS = 2

PHRASES = {
    "Connected: %n server(s) in this organisation.": [
        "Connected: %n server in this organisation.",
        "Connected: %n servers in this organisation.",
    ],
    ("%1 of %n servers", "shown of all servers"): ["%1 of %n server", "%1 of %n servers"],
    "Exported %n servers to %1.": ["Exported %n server to %1.", "Exported %n servers to %1."],
    "Stop these %n servers? Their operating systems are asked to shut down.": [
        "Stop this %n server? Its operating system is asked to shut down.",
        "Stop these %n servers? Their operating systems are asked to shut down.",
    ],
    "Stop %n Servers": ["Stop %n Server", "Stop %n Servers"],
    "Cut the power of these %n servers? Data not yet written to disk is lost.": [
        "Cut the power of this %n server? Data not yet written to disk is lost.",
        "Cut the power of these %n servers? Data not yet written to disk is lost.",
    ],
    "Force Stop %n Servers": ["Force Stop %n Server", "Force Stop %n Servers"],
    "Reboot these %n servers?": ["Reboot this %n server?", "Reboot these %n servers?"],
    "Reboot %n Servers": ["Reboot %n Server", "Reboot %n Servers"],
    "Reset these %n servers at once? Data not yet written to disk is lost.": [
        "Reset this %n server at once? Data not yet written to disk is lost.",
        "Reset these %n servers at once? Data not yet written to disk is lost.",
    ],
    "Force Reboot %n Servers": ["Force Reboot %n Server", "Force Reboot %n Servers"],
    "Reboot these %n servers into rescue mode?": [
        "Reboot this %n server into rescue mode?",
        "Reboot these %n servers into rescue mode?",
    ],
    "Reboot these %n servers back into their own systems?": [
        "Reboot this %n server back into its own system?",
        "Reboot these %n servers back into their own systems?",
    ],
    "%n other selected servers are left alone: their state does not allow this.": [
        "%n other selected server is left alone: its state does not allow this.",
        "%n other selected servers are left alone: their state does not allow this.",
    ],
    "Cancel these %n servers? An immediate cancellation destroys them and their data; this cannot be undone.": [
        "Cancel this %n server? An immediate cancellation destroys it and its data; this cannot be undone.",
        "Cancel these %n servers? An immediate cancellation destroys them and their data; this cannot be undone.",
    ],
    "Cancel %n Servers": ["Cancel %n Server", "Cancel %n Servers"],
    "%n other selected servers are left alone: they are already being cancelled.": [
        "%n other selected server is left alone: it is already being cancelled.",
        "%n other selected servers are left alone: they are already being cancelled.",
    ],
    "%n seconds": ["%n second", "%n seconds"],
    "Sending %1 for %n servers; the Activity view shows the results.": [
        "Sending %1 for %n server; the Activity view shows the result.",
        "Sending %1 for %n servers; the Activity view shows the results.",
    ],
    "The Heficed API did not answer within %n second(s). Try again; on a slow network, start the panel with a longer --timeout.": [
        "The Heficed API did not answer within %n second. Try again; on a slow network, start the panel with a "
        "longer --timeout.",
        "The Heficed API did not answer within %n seconds. Try again; on a slow network, start the panel with a "
        "longer --timeout.",
    ],
    "%n servers selected.": ["%n server selected.", "%n servers selected."],
}
