<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <location filename="../src/core/api/apierror.cpp" line="+91"/>
        <source>The Heficed API did not answer within %n second(s). Try again; on a slow network, start the panel with a longer --timeout.</source>
        <translation>
            <numerusform>The Heficed API did not answer within %n second. Try again; on a slow network, start the panel with a longer --timeout.</numerusform>
            <numerusform>The Heficed API did not answer within %n seconds. Try again; on a slow network, start the panel with a longer --timeout.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Heficed::CredentialsDialog</name>
    <message numerus="yes">
        <location filename="../ui/credentialsdialog.cpp" line="+308"/>
        <source>Connected: %n server(s) in this organisation.</source>
        <translation>
            <numerusform>Connected: %n server in this organisation.</numerusform>
            <numerusform>Connected: %n servers in this organisation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Heficed::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+696"/>
        <source>%1 of %n servers</source>
        <comment>shown of all servers</comment>
        <translation>
            <numerusform>%1 of %n server</numerusform>
            <numerusform>%1 of %n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>Exported %n servers to %1.</source>
        <translation>
            <numerusform>Exported %n server to %1.</numerusform>
            <numerusform>Exported %n servers to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Heficed::ServerActions</name>
    <message numerus="yes">
        <location filename="../ui/serveractions.cpp" line="+55"/>
        <source>Stop these %n servers? Their operating systems are asked to shut down.</source>
        <translation>
            <numerusform>Stop this %n server? Its operating system is asked to shut down.</numerusform>
            <numerusform>Stop these %n servers? Their operating systems are asked to shut down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Stop %n Servers</source>
        <translation>
            <numerusform>Stop %n Server</numerusform>
            <numerusform>Stop %n Servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Cut the power of these %n servers? Data not yet written to disk is lost.</source>
        <translation>
            <numerusform>Cut the power of this %n server? Data not yet written to disk is lost.</numerusform>
            <numerusform>Cut the power of these %n servers? Data not yet written to disk is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Force Stop %n Servers</source>
        <translation>
            <numerusform>Force Stop %n Server</numerusform>
            <numerusform>Force Stop %n Servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Reboot these %n servers?</source>
        <translation>
            <numerusform>Reboot this %n server?</numerusform>
            <numerusform>Reboot these %n servers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reboot %n Servers</source>
        <translation>
            <numerusform>Reboot %n Server</numerusform>
            <numerusform>Reboot %n Servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Reset these %n servers at once? Data not yet written to disk is lost.</source>
        <translation>
            <numerusform>Reset this %n server at once? Data not yet written to disk is lost.</numerusform>
            <numerusform>Reset these %n servers at once? Data not yet written to disk is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Force Reboot %n Servers</source>
        <translation>
            <numerusform>Force Reboot %n Server</numerusform>
            <numerusform>Force Reboot %n Servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Reboot these %n servers into rescue mode?</source>
        <translation>
            <numerusform>Reboot this %n server into rescue mode?</numerusform>
            <numerusform>Reboot these %n servers into rescue mode?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Reboot these %n servers back into their own systems?</source>
        <translation>
            <numerusform>Reboot this %n server back into its own system?</numerusform>
            <numerusform>Reboot these %n servers back into their own systems?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+218"/>
        <source>%n other selected servers are left alone: their state does not allow this.</source>
        <translation>
            <numerusform>%n other selected server is left alone: its state does not allow this.</numerusform>
            <numerusform>%n other selected servers are left alone: their state does not allow this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Cancel these %n servers? An immediate cancellation destroys them and their data; this cannot be undone.</source>
        <translation>
            <numerusform>Cancel this %n server? An immediate cancellation destroys it and its data; this cannot be undone.</numerusform>
            <numerusform>Cancel these %n servers? An immediate cancellation destroys them and their data; this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cancel %n Servers</source>
        <translation>
            <numerusform>Cancel %n Server</numerusform>
            <numerusform>Cancel %n Servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n other selected servers are left alone: they are already being cancelled.</source>
        <translation>
            <numerusform>%n other selected server is left alone: it is already being cancelled.</numerusform>
            <numerusform>%n other selected servers are left alone: they are already being cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Sending %1 for %n servers; the Activity view shows the results.</source>
        <translation>
            <numerusform>Sending %1 for %n server; the Activity view shows the result.</numerusform>
            <numerusform>Sending %1 for %n servers; the Activity view shows the results.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Heficed::ServerDetailsPane</name>
    <message numerus="yes">
        <location filename="../ui/serverdetailspane.cpp" line="+103"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%n servers selected.</source>
        <translation>
            <numerusform>%n server selected.</numerusform>
            <numerusform>%n servers selected.</numerusform>
        </translation>
    </message>
</context>
</TS>
