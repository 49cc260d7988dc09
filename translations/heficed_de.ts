<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionRules</name>
    <message>
        <location filename="../src/core/actions/actionrules.cpp" line="+169"/>
        <source>Start</source>
        <comment>server action</comment>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <comment>server action</comment>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force stop</source>
        <comment>server action</comment>
        <translation>Stopp erzwingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reboot</source>
        <comment>server action</comment>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force reboot</source>
        <comment>server action</comment>
        <translation>Neustart erzwingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter rescue mode</source>
        <comment>server action</comment>
        <translation>Rescue-Modus aktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave rescue mode</source>
        <comment>server action</comment>
        <translation>Rescue-Modus beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel immediately</source>
        <comment>server action</comment>
        <translation>Sofort kündigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel at end of billing period</source>
        <comment>server action</comment>
        <translation>Zum Ende des Abrechnungszeitraums kündigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>starting…</source>
        <comment>server status while an action runs</comment>
        <translation>wird gestartet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopping…</source>
        <comment>server status while an action runs</comment>
        <translation>wird gestoppt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rebooting…</source>
        <comment>server status while an action runs</comment>
        <translation>wird neu gestartet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entering rescue…</source>
        <comment>server status while an action runs</comment>
        <translation>Rescue-Modus wird aktiviert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaving rescue…</source>
        <comment>server status while an action runs</comment>
        <translation>Rescue-Modus wird beendet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelling…</source>
        <comment>server status while an action runs</comment>
        <translation>wird gekündigt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>booking cancellation…</source>
        <comment>server status while an action runs</comment>
        <translation>Kündigung wird vorgemerkt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server is in rescue mode and %1.</source>
        <translation>Der Server ist im Rescue-Modus, Status: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server left rescue mode and is %1.</source>
        <translation>Der Server hat den Rescue-Modus verlassen, Status: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server was cancelled and removed.</source>
        <translation>Der Server wurde gekündigt und entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server will be cancelled at the end of its billing period.</source>
        <translation>Der Server wird zum Ende seines Abrechnungszeitraums gekündigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is %1.</source>
        <translation>Status des Servers: %1.</translation>
    </message>
</context>
<context>
    <name>ActivityDetailsDialog</name>
    <message>
        <location filename="../ui/activitydetailsdialog.ui" line="+15"/>
        <source>Action Details</source>
        <translation>Aktionsdetails</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent:</source>
        <translation>Gesendet:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Request body</source>
        <translation>Inhalt der Anfrage</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Response body</source>
        <translation>Inhalt der Antwort</translation>
    </message>
</context>
<context>
    <name>ActivityEntry</name>
    <message>
        <location filename="../src/core/actions/activityentry.cpp" line="+69"/>
        <source>%1 (%2)</source>
        <comment>hostname (server ID)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The API accepted the request.</source>
        <translation>Die API hat die Anfrage angenommen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>sending</source>
        <comment>action state</comment>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepted</source>
        <comment>action state</comment>
        <translation>angenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <comment>action state</comment>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <comment>action state</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timed out</source>
        <comment>action state</comment>
        <translation>Zeitüberschreitung</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../src/core/api/accesstokenprovider.cpp" line="+24"/>
        <source>Heficed did not accept the client ID or client secret. Copy both again from API &gt; API keys in the Heficed Terminal.</source>
        <translation>Heficed hat die Client-ID oder das Client-Secret nicht akzeptiert. Kopieren Sie beide erneut aus API &gt; API keys im Heficed Terminal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API application is not allowed to use the services %1. Enable them for the application in the Heficed Terminal, or untick them here.</source>
        <translation>Die API-Anwendung darf die Dienste %1 nicht verwenden. Aktivieren Sie sie für die Anwendung im Heficed Terminal oder wählen Sie sie hier ab.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="+73"/>
        <source>Could not reach the Heficed API: %1. Check your network connection and the API address.</source>
        <translation>Die Heficed-API ist nicht erreichbar: %1. Prüfen Sie Ihre Netzwerkverbindung und die API-Adresse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secure connection was refused: %1. If your network uses its own certificate authority, add its certificate as an extra CA file in the settings.</source>
        <translation>Die sichere Verbindung wurde abgelehnt: %1. Wenn Ihr Netzwerk eine eigene Zertifizierungsstelle verwendet, fügen Sie deren Zertifikat in den Einstellungen als zusätzliche CA-Datei hinzu.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The Heficed API did not answer within %n second(s). Try again; on a slow network, start the panel with a longer --timeout.</source>
        <translation>
            <numerusform>Die Heficed-API hat nicht innerhalb von %n Sekunde geantwortet. Versuchen Sie es erneut; starten Sie das Panel in einem langsamen Netzwerk mit einem längeren --timeout.</numerusform>
            <numerusform>Die Heficed-API hat nicht innerhalb von %n Sekunden geantwortet. Versuchen Sie es erneut; starten Sie das Panel in einem langsamen Netzwerk mit einem längeren --timeout.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Heficed API sent an empty answer where data was expected. Try again in a moment.</source>
        <translation>Die Heficed-API hat eine leere Antwort gesendet, obwohl Daten erwartet wurden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Heficed API answered with a web page instead of data; a gateway or proxy may be failing. Try again in a moment.</source>
        <translation>Die Heficed-API hat mit einer Webseite statt mit Daten geantwortet; möglicherweise ist ein Gateway oder Proxy gestört. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Heficed API sent an answer that could not be read (it may have been cut off). Try again in a moment.</source>
        <translation>Die Heficed-API hat eine Antwort gesendet, die nicht gelesen werden konnte (sie wurde möglicherweise abgeschnitten). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 The server said: %2</source>
        <translation>%1 Der Server meldete: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Heficed API refused the request as invalid (400).</source>
        <translation>Die Heficed-API hat die Anfrage als ungültig abgelehnt (400).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Heficed API did not accept the access token (401). Check the client ID and secret.</source>
        <translation>Die Heficed-API hat das Zugriffstoken nicht akzeptiert (401). Prüfen Sie Client-ID und Client-Secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access denied (403): the API application may lack the service for this request, or the organisation ID is not yours.</source>
        <translation>Zugriff verweigert (403): Der API-Anwendung fehlt möglicherweise der Dienst für diese Anfrage, oder die Organisations-ID gehört nicht Ihnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found (404): the server or address no longer exists.</source>
        <translation>Nicht gefunden (404): Der Server oder die Adresse existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request conflicts with the current state (409).</source>
        <translation>Die Anfrage steht im Widerspruch zum aktuellen Zustand (409).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Heficed API is receiving too many requests (429). Wait a moment and try again.</source>
        <translation>Die Heficed-API erhält zu viele Anfragen (429). Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Heficed API failed (%1). Try again in a moment.</source>
        <translation>In der Heficed-API ist ein Fehler aufgetreten (%1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Heficed API answered with HTTP status %1.</source>
        <translation>Die Heficed-API hat mit dem HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server closed the connection before answering, and the request was not sent again; check the server&apos;s state before trying again</source>
        <translation>der Server hat die Verbindung vor der Antwort geschlossen, und die Anfrage wurde nicht erneut gesendet; prüfen Sie den Zustand des Servers, bevor Sie es erneut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server closed the connection before answering</source>
        <translation>der Server hat die Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host name could not be found</source>
        <translation>der Hostname wurde nicht gefunden</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../src/core/appsettings.cpp" line="+156"/>
        <source>Enter the host name or address of the proxy server.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Proxyservers ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>Die CA-Zertifikatsdatei %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../ui/commandline.cpp" line="+18"/>
        <source>Base URL of the Heficed API (default %1).</source>
        <translation>Basis-URL der Heficed-API (Standard: %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>URL of the OAuth token endpoint (default %1).</source>
        <translation>URL des OAuth-Token-Endpunkts (Standard: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the organisation with this name.</source>
        <translation>Die Organisation mit diesem Namen öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give up on an API request after this many seconds (default 30).</source>
        <translation>Eine API-Anfrage nach so vielen Sekunden aufgeben (Standard: 30).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this user interface language, e.g. de or lt.</source>
        <translation>Diese Sprache der Benutzeroberfläche verwenden, z. B. de oder lt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The value of --%1 is not an http or https URL: %2</source>
        <translation>Der Wert von --%1 ist keine http- oder https-URL: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Desktop control panel for Heficed cloud servers.</source>
        <translation>Desktop-Verwaltungsprogramm für Heficed-Cloud-Server.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The value of --timeout must be a number of seconds from 1 to 3600: %1</source>
        <translation>Der Wert von --timeout muss eine Anzahl Sekunden von 1 bis 3600 sein: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the CA file %1.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <location filename="../ui/confirmationdialog.ui" line="+28"/>
        <source>Servers affected</source>
        <translation>Betroffene Server</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At the &amp;end of the billing period (the server runs until then)</source>
        <translation>Zum &amp;Ende des Abrechnungszeitraums (der Server läuft bis dahin weiter)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Immediately: the server and all its data are destroyed now</source>
        <translation>&amp;Sofort: Der Server und alle seine Daten werden jetzt vernichtet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent to Heficed with the cancellation</source>
        <translation>Wird mit der Kündigung an Heficed gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancellation reason</source>
        <translation>Kündigungsgrund</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Confirmation text</source>
        <translation>Bestätigungstext</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Don&apos;t ask again</source>
        <translation>&amp;Nicht mehr fragen</translation>
    </message>
</context>
<context>
    <name>CredentialInput</name>
    <message>
        <location filename="../src/core/credentials/credentialinput.cpp" line="+69"/>
        <source>Enter the organisation ID.</source>
        <translation>Geben Sie die Organisations-ID ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organisation ID is a UUID such as 7bddbff3-2dfb-11e9-895d-c8dbf32f12cd; this is not one.</source>
        <translation>Die Organisations-ID ist eine UUID wie 7bddbff3-2dfb-11e9-895d-c8dbf32f12cd; dies ist keine.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the client ID.</source>
        <translation>Geben Sie die Client-ID ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client ID is a UUID of 36 characters; copy it again from API &gt; API keys.</source>
        <translation>Die Client-ID ist eine UUID aus 36 Zeichen; kopieren Sie sie erneut aus API &gt; API keys.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Secret ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client secret contains spaces; copy it again without them.</source>
        <translation>Das Client-Secret enthält Leerzeichen; kopieren Sie es erneut ohne Leerzeichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter a name for the organisation, such as Production.</source>
        <translation>Geben Sie einen Namen für die Organisation ein, etwa Produktion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another organisation is already called %1; choose a different name.</source>
        <translation>Eine andere Organisation heißt bereits %1; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../ui/credentialsdialog.ui" line="+15"/>
        <source>Organisation Credentials</source>
        <translation>Zugangsdaten der Organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy these values from the Heficed Terminal once. The organisation ID and the client secret are kept in your system&apos;s keychain, never in a settings file.</source>
        <translation>Kopieren Sie diese Werte einmalig aus dem Heficed Terminal. Die Organisations-ID und das Client-Secret werden im Schlüsselbund Ihres Systems gespeichert, niemals in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your own name for this organisation, shown in the organisation switcher.</source>
        <translation>Ihr eigener Name für diese Organisation, angezeigt in der Organisationsauswahl.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Organisation ID:</source>
        <translation>&amp;Organisations-ID:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>7bddbff3-2dfb-11e9-895d-c8dbf32f12cd</source>
        <translation>7bddbff3-2dfb-11e9-895d-c8dbf32f12cd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the Heficed Terminal address, or the orgId cookie of the Terminal. Pasting the whole address or cookie is fine.</source>
        <translation>Steht in der Adresse des Heficed Terminals oder im orgId-Cookie des Terminals. Sie können auch die ganze Adresse oder das ganze Cookie einfügen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the Heficed Terminal under API &gt; API keys.</source>
        <translation>Im Heficed Terminal unter API &gt; API keys.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Client s&amp;ecret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown once, when the API key is created under API &gt; API keys.</source>
        <translation>Wird einmalig angezeigt, wenn der API-Schlüssel unter API &gt; API keys erstellt wird.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cloud servers (kronoscloud)</source>
        <translation>Cloud-Server (kronoscloud)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;IP Switch (ipswitch)</source>
        <translation>&amp;IP Switch (ipswitch)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick only the services enabled for this API key under API &gt; API keys.</source>
        <translation>Wählen Sie nur die Dienste aus, die für diesen API-Schlüssel unter API &gt; API keys aktiviert sind.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Testing the connection</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Keep for This Session Only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
</context>
<context>
    <name>Heficed::ActionCenter</name>
    <message>
        <location filename="../ui/actioncenter.cpp" line="+60"/>
        <source>&amp;Activity</source>
        <translation>A&amp;ktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the server actions, routing requests and their results</source>
        <translation>Serveraktionen, Routing-Anfragen und ihre Ergebnisse ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>Heficed::ActionNotifier</name>
    <message>
        <location filename="../ui/actionnotifier.cpp" line="+38"/>
        <source>%1 of %2: %3</source>
        <translation>%1 für %2: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A server action failed</source>
        <translation>Eine Serveraktion ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A server action finished</source>
        <translation>Eine Serveraktion wurde abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Heficed::ActionRunner</name>
    <message>
        <location filename="../src/core/actions/actionrunner.cpp" line="+43"/>
        <source>The panel stopped following this action when the session ended.</source>
        <translation>Das Panel hat diese Aktion nicht weiter verfolgt, als die Sitzung endete.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sending the request…</source>
        <translation>Anfrage wird gesendet…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Accepted; waiting for the server to settle…</source>
        <translation>Angenommen; es wird gewartet, bis der Server einen festen Status hat…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The API accepted the action, but the server is now %1.</source>
        <translation>Die API hat die Aktion angenommen, aber der Server hat jetzt den Status „%1“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API accepted the action, but the server was still %1 after %2. Refresh later to see how it ended.</source>
        <translation>Die API hat die Aktion angenommen, aber der Server hatte nach %2 immer noch den Status „%1“. Aktualisieren Sie später, um das Ergebnis zu sehen.</translation>
    </message>
</context>
<context>
    <name>Heficed::ActivityDetailsDialog</name>
    <message>
        <location filename="../ui/activitydetailsdialog.cpp" line="+44"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy a curl command that repeats this request; set HEFICED_TOKEN to an access token first</source>
        <translation>Einen curl-Befehl kopieren, der diese Anfrage wiederholt; setzen Sie vorher HEFICED_TOKEN auf ein Zugriffstoken</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (reason: %2)</source>
        <translation>%1 (Grund: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 after %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>(no body)</source>
        <translation>(kein Inhalt)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No answer arrived.</source>
        <translation>Es ist keine Antwort eingegangen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(the body of an error answer is not kept)</source>
        <translation>(der Inhalt einer Fehlerantwort wird nicht aufbewahrt)</translation>
    </message>
</context>
<context>
    <name>Heficed::ActivityDock</name>
    <message>
        <location filename="../ui/activitydock.cpp" line="+24"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Server actions, routing requests and their results</source>
        <translation>Serveraktionen, Routing-Anfragen und ihre Ergebnisse</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the request and the response of the selected action</source>
        <translation>Anfrage und Antwort der ausgewählten Aktion anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a curl command that repeats the selected request, with the token as $HEFICED_TOKEN</source>
        <translation>Einen curl-Befehl kopieren, der die ausgewählte Anfrage wiederholt, mit dem Token als $HEFICED_TOKEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the activity of this organisation as a JSON Lines file</source>
        <translation>Die Aktivität dieser Organisation als JSON-Lines-Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear History…</source>
        <translation>Verlauf &amp;leeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the stored activity of this organisation</source>
        <translation>Die gespeicherte Aktivität dieser Organisation löschen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Copied a curl command for %1; set HEFICED_TOKEN before running it.</source>
        <translation>curl-Befehl für %1 kopiert; setzen Sie HEFICED_TOKEN, bevor Sie ihn ausführen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Activity</source>
        <translation>Aktivität exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved the activity to %1.</source>
        <translation>Aktivität in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save the activity to %1: %2</source>
        <translation>Die Aktivität konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clear Activity History</source>
        <translation>Aktivitätsverlauf leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the stored activity of this organisation? This cannot be undone.</source>
        <translation>Die gespeicherte Aktivität dieser Organisation löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear History</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The activity history was cleared.</source>
        <translation>Der Aktivitätsverlauf wurde geleert.</translation>
    </message>
</context>
<context>
    <name>Heficed::ActivityModel</name>
    <message>
        <location filename="../src/core/actions/activitymodel.cpp" line="+149"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <comment>state of a server action</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <comment>HTTP status column</comment>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+2"/>
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>Heficed::AdditionalIpModel</name>
    <message>
        <location filename="../src/core/routing/additionalipmodel.cpp" line="+114"/>
        <source>IPv%1</source>
        <translation>IPv%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Routed to this server already. Select it and choose Unroute to take it back.</source>
        <translation>Bereits zu diesem Server geroutet. Wählen Sie die Adresse aus und klicken Sie auf „Routing aufheben“, um sie zurückzunehmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routing it here moves it away from server %1.</source>
        <translation>Wird sie hierher geroutet, wird sie von Server %1 abgezogen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not routed</source>
        <translation>Nicht geroutet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server</source>
        <translation>Dieser Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This server (%1)</source>
        <translation>Dieser Server (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family</source>
        <comment>IPv4 or IPv6</comment>
        <translation>IP-Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routed to</source>
        <translation>Geroutet zu</translation>
    </message>
</context>
<context>
    <name>Heficed::AdditionalIpService</name>
    <message>
        <location filename="../src/core/routing/additionalipservice.cpp" line="+18"/>
        <source>Cloud servers (kronoscloud)</source>
        <translation>Cloud-Server (kronoscloud)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Route %1 to %2</source>
        <translation>%1 zu %2 routen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take %1 back from %2</source>
        <translation>%1 von %2 zurücknehmen</translation>
    </message>
</context>
<context>
    <name>Heficed::ApiClient</name>
    <message>
        <location filename="../src/core/api/apiclient.cpp" line="+84"/>
        <source>The extra CA certificate file %1 could not be read as PEM certificates.</source>
        <translation>Die zusätzliche CA-Zertifikatsdatei %1 konnte nicht als PEM-Zertifikate gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Heficed::ConfirmationDialog</name>
    <message>
        <location filename="../ui/confirmationdialog.cpp" line="+85"/>
        <source>Type %1 to confirm:</source>
        <translation>Geben Sie zur Bestätigung %1 ein:</translation>
    </message>
</context>
<context>
    <name>Heficed::CredentialsDialog</name>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="+35"/>
        <source>Cloud servers (kronoscloud)</source>
        <translation>Cloud-Server (kronoscloud)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP Switch (ipswitch)</source>
        <translation>IP Switch (ipswitch)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The API key is not allowed to use all the ticked services together. Check the services of the key under API &gt; API keys in the Heficed Terminal.</source>
        <translation>Der API-Schlüssel darf nicht alle ausgewählten Dienste zusammen verwenden. Prüfen Sie die Dienste des Schlüssels unter API &gt; API keys im Heficed Terminal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key is not allowed to use %1, which the panel needs. Enable it for the key under API &gt; API keys in the Heficed Terminal.</source>
        <translation>Der API-Schlüssel darf %1 nicht verwenden, das Panel benötigt diesen Dienst aber. Aktivieren Sie ihn für den Schlüssel unter API &gt; API keys im Heficed Terminal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key is not allowed to use %1. Enable it for the key under API &gt; API keys in the Heficed Terminal, or untick it here.</source>
        <translation>Der API-Schlüssel darf %1 nicht verwenden. Aktivieren Sie den Dienst für den Schlüssel unter API &gt; API keys im Heficed Terminal oder wählen Sie ihn hier ab.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add Organisation</source>
        <translation>Organisation hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Edit Organisation</source>
        <translation>Organisation bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A secret is stored — type to replace it</source>
        <translation>Ein Secret ist gespeichert – zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Connected: %n server(s) in this organisation.</source>
        <translation>
            <numerusform>Verbunden: %n Server in dieser Organisation.</numerusform>
            <numerusform>Verbunden: %n Server in dieser Organisation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Heficed did not accept the client ID or client secret. Copy both again from API &gt; API keys in the Heficed Terminal.</source>
        <translation>Heficed hat die Client-ID oder das Client-Secret nicht akzeptiert. Kopieren Sie beide erneut aus API &gt; API keys im Heficed Terminal.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Heficed refused access to organisation %1. Check the organisation ID: it is in the Terminal address or the orgId cookie.</source>
        <translation>Heficed hat den Zugriff auf die Organisation %1 verweigert. Prüfen Sie die Organisations-ID: Sie steht in der Adresse des Terminals oder im orgId-Cookie.</translation>
    </message>
</context>
<context>
    <name>Heficed::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+244"/>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation whose servers are shown</source>
        <translation>Die Organisation, deren Server angezeigt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search hostname, ID, IP address or template</source>
        <translation>Hostname, ID, IP-Adresse oder Vorlage suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search servers</source>
        <translation>Server suchen</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Loading servers</source>
        <translation>Server werden geladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading %v of %m</source>
        <translation>%v von %m werden geladen</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+60"/>
        <location line="+15"/>
        <source>%1 – Heficed Panel</source>
        <translation>%1 – Heficed Panel</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The credentials of %1 are incomplete: the organisation ID, the client ID and the client secret are all needed.</source>
        <translation>Die Zugangsdaten von %1 sind unvollständig: Organisations-ID, Client-ID und Client-Secret werden alle benötigt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Heficed Panel</source>
        <translation>Heficed Panel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No organisation is configured yet, so there are no servers to show.</source>
        <translation>Es ist noch keine Organisation eingerichtet, daher gibt es keine Server anzuzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation %1 is not configured yet, so there are no servers to show.</source>
        <translation>Die Organisation %1 ist noch nicht eingerichtet, daher gibt es keine Server anzuzeigen.</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>%1 of 1 server</source>
        <translation>%1 von 1 Server</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 of %n servers</source>
        <comment>shown of all servers</comment>
        <translation>
            <numerusform>%1 von %n Server</numerusform>
            <numerusform>%1 von %n Servern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · stale since %2</source>
        <comment>server count · time of the last good load</comment>
        <translation>%1 · veraltet seit %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list could not be refreshed: it shows the servers as they were at %1.</source>
        <translation>Die Liste konnte nicht aktualisiert werden: Sie zeigt die Server mit dem Stand von %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not connected to an organisation.</source>
        <translation>Nicht mit einer Organisation verbunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the servers of %1…</source>
        <translation>Die Server von %1 werden geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no cloud servers yet.</source>
        <translation>%1 hat noch keine Cloud-Server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The servers of %1 could not be loaded.</source>
        <translation>Die Server von %1 konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has no IP address to copy.</source>
        <translation>%1 hat keine IP-Adresse, die kopiert werden könnte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied %1 (%2).</source>
        <translation>%1 (%2) kopiert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export Servers</source>
        <translation>Server exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>servers.csv</source>
        <comment>default export file name</comment>
        <translation>server.csv</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exported 1 server to %1.</source>
        <translation>1 Server nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %n servers to %1.</source>
        <translation>
            <numerusform>%n Server nach %1 exportiert.</numerusform>
            <numerusform>%n Server nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;p&gt;&lt;b&gt;Heficed Panel %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A desktop control panel for Heficed cloud servers.&lt;/p&gt;&lt;p&gt;Qt %2 · QtKeychain %3&lt;/p&gt;&lt;p&gt;Heficed Panel is free software, licensed under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Heficed Panel %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein Desktop-Verwaltungsprogramm für Heficed-Cloud-Server.&lt;/p&gt;&lt;p&gt;Qt %2 · QtKeychain %3&lt;/p&gt;&lt;p&gt;Heficed Panel ist freie Software, lizenziert unter der &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, Version 3 oder jeder späteren Version. Es wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Heficed Panel</source>
        <translation>Über Heficed Panel</translation>
    </message>
</context>
<context>
    <name>Heficed::OrganisationsDialog</name>
    <message>
        <location filename="../ui/organisationsdialog.cpp" line="+136"/>
        <source>Remove %1? Its organisation ID and client secret are deleted from the keychain as well.</source>
        <translation>%1 entfernen? Die Organisations-ID und das Client-Secret werden auch aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 was removed, but its keychain entry could not be deleted: %2</source>
        <translation>%1 wurde entfernt, aber der Eintrag im Schlüsselbund konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>Heficed::PendingActionProxyModel</name>
    <message>
        <location filename="../src/core/actions/pendingactionproxymodel.cpp" line="+42"/>
        <source>%1 was sent; the panel follows the server until its status settles.</source>
        <translation>„%1“ wurde gesendet; das Panel verfolgt den Server, bis sich sein Status nicht mehr ändert.</translation>
    </message>
</context>
<context>
    <name>Heficed::RouteIpsDialog</name>
    <message>
        <location filename="../ui/routeipsdialog.cpp" line="+42"/>
        <source>Route IP Addresses: %1</source>
        <translation>IP-Adressen routen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the additional addresses to route to %1 (ID %2) in %3. Addresses already routed to it have no checkbox: select one and choose Unroute to take it back.</source>
        <translation>Haken Sie die zusätzlichen Adressen an, die zu %1 (ID %2) in %3 geroutet werden sollen. Bereits dorthin geroutete Adressen haben kein Kästchen: Wählen Sie eine aus und klicken Sie auf „Routing aufheben“, um sie zurückzunehmen.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Loading the organisation&apos;s additional addresses…</source>
        <translation>Die zusätzlichen Adressen der Organisation werden geladen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not load the additional addresses. %1</source>
        <translation>Die zusätzlichen Adressen konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Shown: %1, routed to this server: %2.</source>
        <translation>Angezeigt: %1, zu diesem Server geroutet: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Routing %1…</source>
        <translation>%1 wird geroutet…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not take %1 back from %2, so nothing was routed to this server. %3</source>
        <translation>%1 konnte nicht von %2 zurückgenommen werden, daher wurde nichts zu diesem Server geroutet. %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not route %1 to this server. %2</source>
        <translation>%1 konnte nicht zu diesem Server geroutet werden. %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Routed to this server: %1.</source>
        <translation>Zu diesem Server geroutet: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Taking %1 back…</source>
        <translation>%1 wird zurückgenommen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taken back from this server: %1.</source>
        <translation>Von diesem Server zurückgenommen: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not take %1 back from this server. %2</source>
        <translation>%1 konnte nicht von diesem Server zurückgenommen werden. %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Routing moves %1 away from %2.</source>
        <translation>Durch das Routing wird %1 von %2 abgezogen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not in this server&apos;s location: %1. The API may refuse to route it here.</source>
        <translation>Nicht am Standort dieses Servers: %1. Die API lehnt das Routing hierher möglicherweise ab.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Heficed::RoutingActions</name>
    <message>
        <location filename="../ui/routingactions.cpp" line="+25"/>
        <source>Route &amp;IP Addresses…</source>
        <translation>&amp;IP-Adressen routen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP S&amp;witch Subnets…</source>
        <translation>IP-S&amp;witch-Subnetze…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route the organisation&apos;s additional IP addresses to the selected server</source>
        <translation>Die zusätzlichen IP-Adressen der Organisation zum ausgewählten Server routen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route IPs</source>
        <translation>IPs routen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subnets</source>
        <translation>Subnetze</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The organisation&apos;s API key is not set up for IP Switch (ipswitch). Add the service in the organisation&apos;s settings to manage subnets.</source>
        <translation>Der API-Schlüssel der Organisation ist nicht für IP Switch (ipswitch) eingerichtet. Fügen Sie den Dienst in den Einstellungen der Organisation hinzu, um Subnetze zu verwalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route, release and move IP Switch subnets for the selected server</source>
        <translation>IP-Switch-Subnetze für den ausgewählten Server routen, freigeben und verschieben</translation>
    </message>
</context>
<context>
    <name>Heficed::RoutingService</name>
    <message>
        <location filename="../src/core/routing/routingservice.cpp" line="+30"/>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <comment>hostname (server ID)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Access denied (403): the API key may not use %1, or the organisation ID is not yours. Enable the service for the key under API &gt; API keys in the Heficed Terminal.</source>
        <translation>Zugriff verweigert (403): Der API-Schlüssel darf %1 möglicherweise nicht verwenden, oder die Organisations-ID gehört nicht Ihnen. Aktivieren Sie den Dienst für den Schlüssel unter API &gt; API keys im Heficed Terminal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 The server said: %2</source>
        <translation>%1 Der Server meldete: %2</translation>
    </message>
</context>
<context>
    <name>Heficed::ServerActions</name>
    <message>
        <location filename="../ui/serveractions.cpp" line="+29"/>
        <source>%1 (%2)</source>
        <comment>hostname (server ID)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <comment>server, its status</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stop Servers</source>
        <translation>Server stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop %1? Its operating system is asked to shut down.</source>
        <translation>%1 stoppen? Das Betriebssystem wird aufgefordert, herunterzufahren.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Stop these %n servers? Their operating systems are asked to shut down.</source>
        <translation>
            <numerusform>Diesen %n Server stoppen? Sein Betriebssystem wird aufgefordert, herunterzufahren.</numerusform>
            <numerusform>Diese %n Server stoppen? Ihre Betriebssysteme werden aufgefordert, herunterzufahren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Stop %n Servers</source>
        <translation>
            <numerusform>%n Server stoppen</numerusform>
            <numerusform>%n Server stoppen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force Stop Servers</source>
        <translation>Stopp erzwingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut the power of %1? Data not yet written to disk is lost.</source>
        <translation>Die Stromversorgung von %1 trennen? Noch nicht auf die Festplatte geschriebene Daten gehen verloren.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cut the power of these %n servers? Data not yet written to disk is lost.</source>
        <translation>
            <numerusform>Die Stromversorgung dieses %n Servers trennen? Noch nicht auf die Festplatte geschriebene Daten gehen verloren.</numerusform>
            <numerusform>Die Stromversorgung dieser %n Server trennen? Noch nicht auf die Festplatte geschriebene Daten gehen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force Stop</source>
        <translation>Stopp erzwingen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Force Stop %n Servers</source>
        <translation>
            <numerusform>Stopp für %n Server erzwingen</numerusform>
            <numerusform>Stopp für %n Server erzwingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reboot Servers</source>
        <translation>Server neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reboot %1?</source>
        <translation>%1 neu starten?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reboot these %n servers?</source>
        <translation>
            <numerusform>Diesen %n Server neu starten?</numerusform>
            <numerusform>Diese %n Server neu starten?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reboot</source>
        <translation>Neu starten</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Reboot %n Servers</source>
        <translation>
            <numerusform>%n Server neu starten</numerusform>
            <numerusform>%n Server neu starten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force Reboot Servers</source>
        <translation>Neustart erzwingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset %1 at once, like pressing its reset button? Data not yet written to disk is lost.</source>
        <translation>%1 sofort zurücksetzen, wie mit der Reset-Taste? Noch nicht auf die Festplatte geschriebene Daten gehen verloren.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reset these %n servers at once? Data not yet written to disk is lost.</source>
        <translation>
            <numerusform>Diesen %n Server sofort zurücksetzen? Noch nicht auf die Festplatte geschriebene Daten gehen verloren.</numerusform>
            <numerusform>Diese %n Server sofort zurücksetzen? Noch nicht auf die Festplatte geschriebene Daten gehen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force Reboot</source>
        <translation>Neustart erzwingen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Force Reboot %n Servers</source>
        <translation>
            <numerusform>Neustart für %n Server erzwingen</numerusform>
            <numerusform>Neustart für %n Server erzwingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Enter Rescue Mode</source>
        <translation>Rescue-Modus aktivieren</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Reboot %1 into rescue mode?</source>
        <translation>%1 im Rescue-Modus neu starten?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reboot these %n servers into rescue mode?</source>
        <translation>
            <numerusform>Diesen %n Server im Rescue-Modus neu starten?</numerusform>
            <numerusform>Diese %n Server im Rescue-Modus neu starten?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Leave Rescue Mode</source>
        <translation>Rescue-Modus beenden</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Reboot %1 back into its own system?</source>
        <translation>%1 wieder in sein eigenes System neu starten?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reboot these %n servers back into their own systems?</source>
        <translation>
            <numerusform>Diesen %n Server wieder in sein eigenes System neu starten?</numerusform>
            <numerusform>Diese %n Server wieder in ihre eigenen Systeme neu starten?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the selected servers</source>
        <translation>Die ausgewählten Server starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>St&amp;oppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shut the selected servers down</source>
        <translation>Die ausgewählten Server herunterfahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Force Stop</source>
        <translation>Stopp &amp;erzwingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut the power of the selected servers</source>
        <translation>Die Stromversorgung der ausgewählten Server trennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reboot</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reboot the selected servers</source>
        <translation>Die ausgewählten Server neu starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force Re&amp;boot</source>
        <translation>Neustart er&amp;zwingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the selected servers at once</source>
        <translation>Die ausgewählten Server sofort zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enter Rescue Mode</source>
        <translation>&amp;Rescue-Modus aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reboot the selected servers into rescue mode</source>
        <translation>Die ausgewählten Server im Rescue-Modus neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave Rescue Mode</source>
        <translation>Rescue-Modus &amp;beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reboot the selected servers back into their own systems</source>
        <translation>Die ausgewählten Server wieder in ihre eigenen Systeme neu starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel Server…</source>
        <translation>Server &amp;kündigen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+179"/>
        <source>Cancel Server</source>
        <translation>Server kündigen</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Cancel the selected servers, now or at the end of the billing period (%1)</source>
        <translation>Die ausgewählten Server kündigen, sofort oder zum Ende des Abrechnungszeitraums (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rescue Mode</source>
        <translation>Rescue-Modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rescue</source>
        <translation>Rescue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rescue mode: enter or leave it</source>
        <translation>Rescue-Modus aktivieren oder beenden</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>One other selected server is left alone: its state does not allow this.</source>
        <translation>Ein weiterer ausgewählter Server bleibt unverändert: Sein Zustand lässt dies nicht zu.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n other selected servers are left alone: their state does not allow this.</source>
        <translation>
            <numerusform>%n weiterer ausgewählter Server bleibt unverändert: Sein Zustand lässt dies nicht zu.</numerusform>
            <numerusform>%n weitere ausgewählte Server bleiben unverändert: Ihr Zustand lässt dies nicht zu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel Servers</source>
        <translation>Server kündigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel %1? An immediate cancellation destroys the server and its data; this cannot be undone.</source>
        <translation>%1 kündigen? Eine sofortige Kündigung vernichtet den Server und seine Daten; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cancel these %n servers? An immediate cancellation destroys them and their data; this cannot be undone.</source>
        <translation>
            <numerusform>Diesen %n Server kündigen? Eine sofortige Kündigung vernichtet ihn und seine Daten; dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Diese %n Server kündigen? Eine sofortige Kündigung vernichtet sie und ihre Daten; dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cancel %n Servers</source>
        <translation>
            <numerusform>%n Server kündigen</numerusform>
            <numerusform>%n Server kündigen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Server</source>
        <translation>Server behalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep Servers</source>
        <translation>Server behalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One other selected server is left alone: it is already being cancelled.</source>
        <translation>Ein weiterer ausgewählter Server bleibt unverändert: Er wird bereits gekündigt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n other selected servers are left alone: they are already being cancelled.</source>
        <translation>
            <numerusform>%n weiterer ausgewählter Server bleibt unverändert: Er wird bereits gekündigt.</numerusform>
            <numerusform>%n weitere ausgewählte Server bleiben unverändert: Sie werden bereits gekündigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sending %1 for %2; the Activity view shows the result.</source>
        <translation>„%1“ für %2 wird gesendet; die Aktivitätsansicht zeigt das Ergebnis.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sending %1 for %n servers; the Activity view shows the results.</source>
        <translation>
            <numerusform>„%1“ für %n Server wird gesendet; die Aktivitätsansicht zeigt das Ergebnis.</numerusform>
            <numerusform>„%1“ für %n Server wird gesendet; die Aktivitätsansicht zeigt die Ergebnisse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Heficed::ServerDetailsPane</name>
    <message>
        <location filename="../ui/serverdetailspane.cpp" line="+37"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 GB</source>
        <comment>disk size</comment>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 – %2</source>
        <comment>billing period from – to</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <comment>invoice number (invoice status)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monthly</source>
        <comment>billing type</comment>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hourly</source>
        <comment>billing type</comment>
        <translation>Stündlich</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Effective %1</source>
        <translation>Wirksam zum %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (effective %2)</source>
        <translation>%1 (wirksam zum %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server ID</source>
        <translation>Server-ID</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n servers selected.</source>
        <translation>
            <numerusform>%n Server ausgewählt.</numerusform>
            <numerusform>%n Server ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a server to see its details.</source>
        <translation>Wählen Sie einen Server aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <comment>location (continent)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Disk %1: %2</source>
        <comment>additional disk slot: size</comment>
        <translation>Festplatte %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 per hour</source>
        <translation>%1 pro Stunde</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the root password</source>
        <translation>Das Root-Passwort verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the root password</source>
        <translation>Das Root-Passwort anzeigen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Copied the root password of %1. The clipboard is cleared in %2.</source>
        <translation>Das Root-Passwort von %1 wurde kopiert. Die Zwischenablage wird in %2 geleert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
</context>
<context>
    <name>Heficed::ServerExporter</name>
    <message>
        <location filename="../src/core/models/serverexporter.cpp" line="+145"/>
        <source>The servers could not be written to %1: %2</source>
        <translation>Die Server konnten nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Heficed::ServerFilterBar</name>
    <message>
        <location filename="../ui/serverfilterbar.cpp" line="+44"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only servers with this status</source>
        <translation>Nur Server mit diesem Status anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by location</source>
        <translation>Nach Standort filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only servers at this location</source>
        <translation>Nur Server an diesem Standort anzeigen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
</context>
<context>
    <name>Heficed::ServerTableModel</name>
    <message>
        <location filename="../src/core/models/servertablemodel.cpp" line="+50"/>
        <source>%1 (additional)</source>
        <translation>%1 (zusätzlich)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <comment>server ID column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template</source>
        <comment>operating system template column</comment>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCPU</source>
        <comment>virtual CPU count column</comment>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing</source>
        <comment>monthly or hourly billing column</comment>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid until</source>
        <translation>Bezahlt bis</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 GB</source>
        <comment>disk size</comment>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monthly</source>
        <comment>billing type</comment>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hourly</source>
        <comment>billing type</comment>
        <translation>Stündlich</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1, in rescue mode</source>
        <translation>%1, im Rescue-Modus</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopping</source>
        <translation>stoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rebooting</source>
        <translation>startet neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspended</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 MB</source>
        <comment>memory size</comment>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 GB</source>
        <comment>memory size</comment>
        <translation>%1 GB</translation>
    </message>
</context>
<context>
    <name>Heficed::SessionController</name>
    <message>
        <location filename="../ui/sessioncontroller.cpp" line="+112"/>
        <source>There is no organisation named “%1”, so %2 is shown. Add it with Organisation &gt; Add Organisation.</source>
        <translation>Es gibt keine Organisation namens „%1“, daher wird %2 angezeigt. Fügen Sie sie über Organisation &gt; Organisation hinzufügen hinzu.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reading the credentials of %1 from the keychain…</source>
        <translation>Die Zugangsdaten von %1 werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No credentials are stored for %1.</source>
        <translation>Für %1 sind keine Zugangsdaten gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The credentials of %1 could not be read from the keychain.</source>
        <translation>Die Zugangsdaten von %1 konnten nicht aus dem Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue for This Session Only</source>
        <translation>Nur für diese Sitzung fortfahren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the credentials of %1 to use them for this session.</source>
        <translation>Geben Sie die Zugangsdaten von %1 ein, um sie für diese Sitzung zu verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain cannot be used, so the organisation ID and client secret you enter now are kept in memory until the panel closes.</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden. Die Organisations-ID und das Client-Secret, die Sie jetzt eingeben, bleiben daher nur bis zum Schließen des Panels im Arbeitsspeicher.</translation>
    </message>
</context>
<context>
    <name>Heficed::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+58"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warnings only</source>
        <translation>Nur Warnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The certificates in this file are trusted.</source>
        <translation>Den Zertifikaten in dieser Datei wird vertraut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Extra CA Certificate</source>
        <translation>Zusätzliches CA-Zertifikat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Heficed::SubnetMoveJob</name>
    <message>
        <location filename="../src/core/routing/subnetmovejob.cpp" line="+38"/>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the release to settle</source>
        <translation>Warten, bis die Freigabe abgeschlossen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route</source>
        <translation>Routen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The move was cancelled. %1 is released and routed nowhere now.</source>
        <translation>Das Verschieben wurde abgebrochen. %1 ist freigegeben und jetzt nirgendwohin geroutet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Releasing %1 from %2…</source>
        <translation>%1 wird von %2 freigegeben…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not release %1; it stays where it was. %2</source>
        <translation>%1 konnte nicht freigegeben werden und bleibt unverändert. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Released from %1.</source>
        <translation>Von %1 freigegeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting %1 for the release to settle…</source>
        <translation>Es wird %1 gewartet, bis die Freigabe abgeschlossen ist…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waited %1.</source>
        <translation>%1 gewartet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Routing %1 to %2…</source>
        <translation>%1 wird zu %2 geroutet…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was released but could not be routed to %2, so it is routed nowhere now. %3</source>
        <translation>%1 wurde freigegeben, konnte aber nicht zu %2 geroutet werden und ist jetzt nirgendwohin geroutet. %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routed to %1.</source>
        <translation>Zu %1 geroutet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved %1 from %2 to %3.</source>
        <translation>%1 von %2 nach %3 verschoben.</translation>
    </message>
</context>
<context>
    <name>Heficed::SubnetService</name>
    <message>
        <location filename="../src/core/routing/subnetservice.cpp" line="+43"/>
        <source>IP Switch (ipswitch)</source>
        <translation>IP Switch (ipswitch)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Route subnet %1 to %2</source>
        <translation>Subnetz %1 zu %2 routen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Release subnet %1 from %2</source>
        <translation>Subnetz %1 von %2 freigeben</translation>
    </message>
</context>
<context>
    <name>Heficed::SubnetTreeModel</name>
    <message>
        <location filename="../src/core/routing/subnettreemodel.cpp" line="+261"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This server</source>
        <translation>Dieser Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This server (%1)</source>
        <translation>Dieser Server (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routed to</source>
        <translation>Geroutet zu</translation>
    </message>
</context>
<context>
    <name>Heficed::SubnetsDialog</name>
    <message>
        <location filename="../ui/subnetsdialog.cpp" line="+27"/>
        <source>waiting</source>
        <comment>move step</comment>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in progress</source>
        <comment>move step</comment>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <comment>move step</comment>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <comment>move step</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <comment>move step</comment>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>IP Switch Subnets: %1</source>
        <translation>IP-Switch-Subnetze: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation&apos;s IP Switch subnets. Select one to route it to %1 (ID %2), to release it from this server, or to move it here from another server. A subnet&apos;s parts are read when you expand it.</source>
        <translation>Die IP-Switch-Subnetze der Organisation. Wählen Sie eines aus, um es zu %1 (ID %2) zu routen, von diesem Server freizugeben oder von einem anderen Server hierher zu verschieben. Die Teile eines Subnetzes werden gelesen, wenn Sie es aufklappen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reading subnets…</source>
        <translation>Subnetze werden gelesen…</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Routing %1 to this server…</source>
        <translation>%1 wird zu diesem Server geroutet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Releasing %1 from this server…</source>
        <translation>%1 wird von diesem Server freigegeben…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not route %1 to this server. %2</source>
        <translation>%1 konnte nicht zu diesem Server geroutet werden. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not release %1 from this server. %2</source>
        <translation>%1 konnte nicht von diesem Server freigegeben werden. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routed %1 to this server.</source>
        <translation>%1 zu diesem Server geroutet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released %1 from this server.</source>
        <translation>%1 von diesem Server freigegeben.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Moving %1 from %2 to this server: release, wait %3 for the release to settle, then route.</source>
        <translation>%1 wird von %2 zu diesem Server verschoben: freigeben, %3 auf den Abschluss der Freigabe warten, dann routen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <comment>move step (state)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Moving %1…</source>
        <translation>%1 wird verschoben…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <comment>move step: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not read the subnets. %1</source>
        <translation>Die Subnetze konnten nicht gelesen werden. %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A move is under way. Wait until it ends, so that the subnet is not left released.</source>
        <translation>Ein Verschiebevorgang läuft. Warten Sie, bis er beendet ist, damit das Subnetz nicht freigegeben zurückbleibt.</translation>
    </message>
</context>
<context>
    <name>KeychainError</name>
    <message>
        <location filename="../src/core/credentials/keychainerror.cpp" line="+48"/>
        <source>You can also continue with the credentials kept for this session only.</source>
        <translation>Sie können auch mit Zugangsdaten fortfahren, die nur für diese Sitzung behalten werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No keychain service (Secret Service) is running: install and start gnome-keyring or KWallet, or continue with the credentials kept for this session only.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst (Secret Service): Installieren und starten Sie gnome-keyring oder KWallet, oder fahren Sie mit Zugangsdaten fort, die nur für diese Sitzung behalten werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain was not unlocked: the prompt was cancelled. Try again and unlock it. </source>
        <translation>Der Schlüsselbund wurde nicht entsperrt: Die Abfrage wurde abgebrochen. Versuchen Sie es erneut und entsperren Sie ihn. </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain is locked or refused access. Unlock it (your login keyring or wallet) and try again. </source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn (Ihren Anmelde-Schlüsselbund oder Ihre Wallet) und versuchen Sie es erneut. </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain could not read the credentials (%1). Try again.</source>
        <translation>Der Schlüsselbund konnte die Zugangsdaten nicht lesen (%1). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain could not store the credentials (%1). Try again.</source>
        <translation>Der Schlüsselbund konnte die Zugangsdaten nicht speichern (%1). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain could not delete the credentials (%1). Remove the entry with your keychain tool.</source>
        <translation>Der Schlüsselbund konnte die Zugangsdaten nicht löschen (%1). Entfernen Sie den Eintrag mit Ihrem Schlüsselbund-Programm.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain holds no credentials for %1. Enter the organisation ID and client secret again.</source>
        <translation>Der Schlüsselbund enthält keine Zugangsdaten für %1. Geben Sie die Organisations-ID und das Client-Secret erneut ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain entry for %1 cannot be read. Enter the organisation ID and client secret again.</source>
        <translation>Der Schlüsselbund-Eintrag für %1 kann nicht gelesen werden. Geben Sie die Organisations-ID und das Client-Secret erneut ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The credentials for %1 are kept for this session only and have not been entered yet. Enter them again.</source>
        <translation>Die Zugangsdaten für %1 werden nur für diese Sitzung behalten und wurden noch nicht eingegeben. Geben Sie sie erneut ein.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+15"/>
        <source>Heficed Panel</source>
        <translation>Heficed Panel</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry loading the servers</source>
        <translation>Das Laden der Server wiederholen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cloud servers</source>
        <translation>Cloud-Server</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the server list again (F5)</source>
        <translation>Die Serverliste neu laden (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the servers (Ctrl+F)</source>
        <translation>Die Server durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy IP Address</source>
        <translation>IP-Adresse &amp;kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the main IP address of the selected server</source>
        <translation>Die Haupt-IP-Adresse des ausgewählten Servers kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the servers shown as CSV or JSON</source>
        <translation>Die angezeigten Server als CSV oder JSON speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh interval, confirmations, language, proxy, certificates and logging</source>
        <translation>Aktualisierungsintervall, Bestätigungen, Sprache, Proxy, Zertifikate und Protokollierung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add Organisation…</source>
        <translation>Organisation &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the API credentials of another organisation</source>
        <translation>Die API-Zugangsdaten einer weiteren Organisation hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit Organisation…</source>
        <translation>Organisation &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the credentials or services of the open organisation</source>
        <translation>Zugangsdaten oder Dienste der geöffneten Organisation ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Manage Organisations…</source>
        <translation>Organisationen &amp;verwalten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, edit, rename and remove organisations</source>
        <translation>Organisationen hinzufügen, bearbeiten, umbenennen und entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Heficed Panel</source>
        <translation>Ü&amp;ber Heficed Panel</translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message>
        <location filename="../ui/organisationsdialog.ui" line="+15"/>
        <location line="+18"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The organisations you work with. The organisation ID and the client secret of each are kept in your system&apos;s keychain. Double-click a name to rename it.</source>
        <translation>Die Organisationen, mit denen Sie arbeiten. Die Organisations-ID und das Client-Secret jeder Organisation werden im Schlüsselbund Ihres Systems gespeichert. Doppelklicken Sie auf einen Namen, um ihn umzubenennen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="qtstrings.cpp" line="+11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Alles speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes to &amp;All</source>
        <translation>Ja, &amp;alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein, keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore Defaults</source>
        <translation>Voreinstellungen</translation>
    </message>
</context>
<context>
    <name>RouteIpsDialog</name>
    <message>
        <location filename="../ui/routeipsdialog.ui" line="+15"/>
        <source>Route IP Addresses</source>
        <translation>IP-Adressen routen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Additional IP addresses</source>
        <translation>Zusätzliche IP-Adressen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show addresses in &amp;all locations</source>
        <translation>Adressen an &amp;allen Standorten anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addresses are normally routed to servers in their own location.</source>
        <translation>Adressen werden normalerweise zu Servern an ihrem eigenen Standort geroutet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Unroute</source>
        <translation>Routing a&amp;ufheben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the selected addresses back from this server</source>
        <translation>Die ausgewählten Adressen von diesem Server zurücknehmen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Route</source>
        <translation>&amp;Routen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route the checked addresses to this server in one request</source>
        <translation>Die angehakten Adressen in einer Anfrage zu diesem Server routen</translation>
    </message>
</context>
<context>
    <name>ServerDetailsPane</name>
    <message>
        <location filename="../ui/serverdetailspane.ui" line="+15"/>
        <source>Server details</source>
        <translation>Serverdetails</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hostname:</source>
        <translation>Hostname:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Copy the hostname</source>
        <translation>Den Hostnamen kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <location line="+224"/>
        <location line="+67"/>
        <location line="+127"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="-455"/>
        <location line="+646"/>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="-622"/>
        <source>Server ID</source>
        <translation>Server-ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Copy the server ID</source>
        <translation>Die Server-ID kopieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+997"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="-978"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+701"/>
        <location line="+244"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="-926"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+649"/>
        <source>Location:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <location line="-630"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rescue mode:</source>
        <translation>Rescue-Modus:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rescue mode</source>
        <translation>Rescue-Modus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CPU limited:</source>
        <translation>CPU begrenzt:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CPU limited</source>
        <translation>CPU begrenzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Network limited:</source>
        <translation>Netzwerk begrenzt:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Network limited</source>
        <translation>Netzwerk begrenzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Root password:</source>
        <translation>Root-Passwort:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Root password</source>
        <translation>Root-Passwort</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Show the root password</source>
        <translation>Das Root-Passwort anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>Copy the root password; the clipboard is cleared again after 30 seconds</source>
        <translation>Das Root-Passwort kopieren; die Zwischenablage wird nach 30 Sekunden wieder geleert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>IPv4 address:</source>
        <translation>IPv4-Adresse:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>IPv4 address</source>
        <translation>IPv4-Adresse</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Copy the IPv4 address</source>
        <translation>Die IPv4-Adresse kopieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>IPv4 netmask:</source>
        <translation>IPv4-Netzmaske:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>IPv4 netmask</source>
        <translation>IPv4-Netzmaske</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IPv4 gateway:</source>
        <translation>IPv4-Gateway:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>IPv4 gateway</source>
        <translation>IPv4-Gateway</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IPv4 resolvers:</source>
        <translation>IPv4-DNS-Server:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>IPv4 resolvers</source>
        <translation>IPv4-DNS-Server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IPv6 address:</source>
        <translation>IPv6-Adresse:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>IPv6 address</source>
        <translation>IPv6-Adresse</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Copy the IPv6 address</source>
        <translation>Die IPv6-Adresse kopieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>IPv6 netmask:</source>
        <translation>IPv6-Netzmaske:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>IPv6 netmask</source>
        <translation>IPv6-Netzmaske</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IPv6 gateway:</source>
        <translation>IPv6-Gateway:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>IPv6 gateway</source>
        <translation>IPv6-Gateway</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IPv6 resolvers:</source>
        <translation>IPv6-DNS-Server:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>IPv6 resolvers</source>
        <translation>IPv6-DNS-Server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Additional:</source>
        <translation>Zusätzlich:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Additional addresses</source>
        <translation>Zusätzliche Adressen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>IP addresses:</source>
        <translation>IP-Adressen:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Number of IP addresses</source>
        <translation>Anzahl der IP-Adressen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OS template</source>
        <translation>Betriebssystemvorlage</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Template ID</source>
        <translation>ID der Vorlage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Template version</source>
        <translation>Version der Vorlage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Template size</source>
        <translation>Größe der Vorlage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Template created</source>
        <translation>Erstellungsdatum der Vorlage</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Template location</source>
        <translation>Standort der Vorlage</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Template type</source>
        <translation>Typ der Vorlage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ISO:</source>
        <translation>ISO:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mounted ISO</source>
        <translation>Eingebundenes ISO</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>vCPU:</source>
        <translation>vCPU:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Virtual CPUs</source>
        <translation>Virtuelle CPUs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Memory:</source>
        <translation>Arbeitsspeicher:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disk:</source>
        <translation>Festplatte:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Additional disks:</source>
        <translation>Zusätzliche Festplatten:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Additional disks</source>
        <translation>Zusätzliche Festplatten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups:</source>
        <translation>Sicherungen:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Billing type</source>
        <translation>Abrechnungsart</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Billing status</source>
        <translation>Abrechnungsstatus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hourly rate:</source>
        <translation>Stundensatz:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hourly spending rate</source>
        <translation>Stündliche Kosten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Billing period</source>
        <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invoice:</source>
        <translation>Rechnung:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SLA:</source>
        <translation>SLA:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Service level agreement</source>
        <translation>Service-Level-Vereinbarung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancellation:</source>
        <translation>Kündigung:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancellation request</source>
        <translation>Kündigungsanfrage</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="+15"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Refresh the server list every:</source>
        <translation>Server&amp;liste aktualisieren alle:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refresh interval in seconds</source>
        <translation>Aktualisierungsintervall in Sekunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <comment>unit after the refresh interval</comment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“Never” leaves refreshing to you (View &gt; Refresh, F5). While the window is minimised, or after failed loads, the list refreshes less often.</source>
        <translation>Bei „Nie“ aktualisieren Sie selbst (Ansicht &gt; Aktualisieren, F5). Solange das Fenster minimiert ist oder nach fehlgeschlagenen Ladevorgängen wird die Liste seltener aktualisiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User interface language</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new language takes effect the next time Heficed Panel starts. The --language command-line option wins over this setting.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Heficed Panel wirksam. Die Befehlszeilenoption --language hat Vorrang vor dieser Einstellung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log &amp;messages:</source>
        <translation>&amp;Protokollmeldungen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log messages</source>
        <translation>Protokollmeldungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log messages go to the standard error output. They never contain a client secret, an access token or a password. The QT_LOGGING_RULES environment variable wins over this setting.</source>
        <translation>Protokollmeldungen gehen an die Standardfehlerausgabe. Sie enthalten nie ein Client-Secret, ein Zugriffstoken oder ein Passwort. Die Umgebungsvariable QT_LOGGING_RULES hat Vorrang vor dieser Einstellung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Confirmations</source>
        <translation>&amp;Bestätigungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask for confirmation before these server actions:</source>
        <translation>Vor diesen Serveraktionen nachfragen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirmations</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An action you chose not to be asked about again is unticked here. Cancelling a server always asks, and its name must be typed.</source>
        <translation>Aktionen, bei denen Sie nicht mehr gefragt werden wollten, sind hier nicht angehakt. Vor dem Kündigen eines Servers wird immer gefragt, und sein Name muss eingegeben werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Ask Before Every Action</source>
        <translation>&amp;Vor jeder Aktion fragen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the &amp;system’s proxy settings</source>
        <translation>Proxy-Einstellungen des &amp;Systems verwenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>&amp;Manueller HTTP-Proxy:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Extra CA certificate</source>
        <translation>Zusätzliches CA-Zertifikat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A PEM file whose certificates are trusted in addition to the system’s, for a gateway with a certificate authority of its own. The --extra-ca command-line option wins over this setting.</source>
        <translation>Eine PEM-Datei, deren Zertifikaten zusätzlich zu denen des Systems vertraut wird, für ein Gateway mit eigener Zertifizierungsstelle. Die Befehlszeilenoption --extra-ca hat Vorrang vor dieser Einstellung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No extra certificates</source>
        <translation>Keine zusätzlichen Zertifikate</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the CA certificate file</source>
        <translation>Die CA-Zertifikatsdatei auswählen</translation>
    </message>
</context>
<context>
    <name>SubnetsDialog</name>
    <message>
        <location filename="../ui/subnetsdialog.ui" line="+15"/>
        <source>IP Switch Subnets</source>
        <translation>IP-Switch-Subnetze</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Subnets</source>
        <translation>Subnetze</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move progress</source>
        <translation>Fortschritt des Verschiebens</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move steps</source>
        <translation>Schritte des Verschiebens</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;lease</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release the selected subnet from this server</source>
        <translation>Das ausgewählte Subnetz von diesem Server freigeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Move Here</source>
        <translation>&amp;Hierher verschieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release the selected subnet from its server, wait for it to settle, and route it to this server</source>
        <translation>Das ausgewählte Subnetz von seinem Server freigeben, den Abschluss abwarten und es zu diesem Server routen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Route to This Server</source>
        <translation>Zu diesem Server &amp;routen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route the selected subnet to this server</source>
        <translation>Das ausgewählte Subnetz zu diesem Server routen</translation>
    </message>
</context>
</TS>
