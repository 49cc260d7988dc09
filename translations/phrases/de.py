# SPDX-License-Identifier: GPL-3.0-or-later
# German phrase book for filltranslations.py. Formal "Sie"; "Server" for server, "Organisation",
# "Schlüsselbund" for keychain, "Zugangsdaten" for credentials, "Rescue-Modus" as German hosting
# panels call it. Plural lists: [one, other].

PLURAL_FORMS = 2

PHRASES = {
    # Server actions and their progress
    ("Start", "server action"): "Starten",
    ("Stop", "server action"): "Stoppen",
    ("Force stop", "server action"): "Stopp erzwingen",
    ("Reboot", "server action"): "Neu starten",
    ("Force reboot", "server action"): "Neustart erzwingen",
    ("Enter rescue mode", "server action"): "Rescue-Modus aktivieren",
    ("Leave rescue mode", "server action"): "Rescue-Modus beenden",
    ("Cancel immediately", "server action"): "Sofort kündigen",
    ("Cancel at end of billing period", "server action"): "Zum Ende des Abrechnungszeitraums kündigen",
    "starting…": "wird gestartet…",
    "stopping…": "wird gestoppt…",
    "rebooting…": "wird neu gestartet…",
    "entering rescue…": "Rescue-Modus wird aktiviert…",
    "leaving rescue…": "Rescue-Modus wird beendet…",
    "cancelling…": "wird gekündigt…",
    "booking cancellation…": "Kündigung wird vorgemerkt…",
    "The server is in rescue mode and %1.": "Der Server ist im Rescue-Modus, Status: %1.",
    "The server left rescue mode and is %1.": "Der Server hat den Rescue-Modus verlassen, Status: %1.",
    "The server was cancelled and removed.": "Der Server wurde gekündigt und entfernt.",
    "The server will be cancelled at the end of its billing period.":
        "Der Server wird zum Ende seines Abrechnungszeitraums gekündigt.",
    "The server is %1.": "Status des Servers: %1.",

    # Activity details
    "Action Details": "Aktionsdetails",
    "Server:": "Server:",
    "Action:": "Aktion:",
    "Outcome:": "Ergebnis:",
    "Sent:": "Gesendet:",
    "Message:": "Meldung:",
    "Request": "Anfrage",
    "Request body": "Inhalt der Anfrage",
    "Response": "Antwort",
    "Response body": "Inhalt der Antwort",
    "%1 (%2)": "%1 (%2)",
    "sending": "wird gesendet",
    "accepted": "angenommen",
    ("done", "action state"): "erledigt",
    ("failed", "action state"): "fehlgeschlagen",
    "timed out": "Zeitüberschreitung",

    # API errors
    "Heficed did not accept the client ID or client secret. Copy both again from API > API keys in the Heficed Terminal.":
        "Heficed hat die Client-ID oder das Client-Secret nicht akzeptiert. Kopieren Sie beide erneut aus "
        "API > API keys im Heficed Terminal.",
    "The API application is not allowed to use the services %1. Enable them for the application in the Heficed Terminal, or untick them here.":
        "Die API-Anwendung darf die Dienste %1 nicht verwenden. Aktivieren Sie sie für die Anwendung im "
        "Heficed Terminal oder wählen Sie sie hier ab.",
    "Could not reach the Heficed API: %1. Check your network connection and the API address.":
        "Die Heficed-API ist nicht erreichbar: %1. Prüfen Sie Ihre Netzwerkverbindung und die API-Adresse.",
    "The secure connection was refused: %1. If your network uses its own certificate authority, add its certificate as an extra CA file in the settings.":
        "Die sichere Verbindung wurde abgelehnt: %1. Wenn Ihr Netzwerk eine eigene Zertifizierungsstelle "
        "verwendet, fügen Sie deren Zertifikat in den Einstellungen als zusätzliche CA-Datei hinzu.",
    "The request was cancelled.": "Die Anfrage wurde abgebrochen.",
    "The Heficed API sent an empty answer where data was expected. Try again in a moment.":
        "Die Heficed-API hat eine leere Antwort gesendet, obwohl Daten erwartet wurden. Versuchen Sie es "
        "gleich noch einmal.",
    "The Heficed API answered with a web page instead of data; a gateway or proxy may be failing. Try again in a moment.":
        "Die Heficed-API hat mit einer Webseite statt mit Daten geantwortet; möglicherweise ist ein Gateway "
        "oder Proxy gestört. Versuchen Sie es gleich noch einmal.",
    "The Heficed API sent an answer that could not be read (it may have been cut off). Try again in a moment.":
        "Die Heficed-API hat eine Antwort gesendet, die nicht gelesen werden konnte (sie wurde möglicherweise "
        "abgeschnitten). Versuchen Sie es gleich noch einmal.",
    "%1 The server said: %2": "%1 Der Server meldete: %2",
    "The Heficed API refused the request as invalid (400).":
        "Die Heficed-API hat die Anfrage als ungültig abgelehnt (400).",
    "The Heficed API did not accept the access token (401). Check the client ID and secret.":
        "Die Heficed-API hat das Zugriffstoken nicht akzeptiert (401). Prüfen Sie Client-ID und Client-Secret.",
    "Access denied (403): the API application may lack the service for this request, or the organisation ID is not yours.":
        "Zugriff verweigert (403): Der API-Anwendung fehlt möglicherweise der Dienst für diese Anfrage, oder "
        "die Organisations-ID gehört nicht Ihnen.",
    "Not found (404): the server or address no longer exists.":
        "Nicht gefunden (404): Der Server oder die Adresse existiert nicht mehr.",
    "The request conflicts with the current state (409).":
        "Die Anfrage steht im Widerspruch zum aktuellen Zustand (409).",
    "The Heficed API is receiving too many requests (429). Wait a moment and try again.":
        "Die Heficed-API erhält zu viele Anfragen (429). Warten Sie einen Moment und versuchen Sie es erneut.",
    "The Heficed API failed (%1). Try again in a moment.":
        "In der Heficed-API ist ein Fehler aufgetreten (%1). Versuchen Sie es gleich noch einmal.",
    "The Heficed API answered with HTTP status %1.": "Die Heficed-API hat mit dem HTTP-Status %1 geantwortet.",
    "the connection was refused": "die Verbindung wurde abgelehnt",
    "the server closed the connection before answering, and the request was not sent again; check the server's state before trying again":
        "der Server hat die Verbindung vor der Antwort geschlossen, und die Anfrage wurde nicht erneut "
        "gesendet; prüfen Sie den Zustand des Servers, bevor Sie es erneut versuchen",
    "the server closed the connection before answering": "der Server hat die Verbindung vor der Antwort geschlossen",
    "the host name could not be found": "der Hostname wurde nicht gefunden",

    # Command line
    "Base URL of the Heficed API (default %1).": "Basis-URL der Heficed-API (Standard: %1).",
    "URL of the OAuth token endpoint (default %1).": "URL des OAuth-Token-Endpunkts (Standard: %1).",
    "Open the organisation with this name.": "Die Organisation mit diesem Namen öffnen.",
    "Also trust the CA certificates in this PEM file.": "Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.",
    "Give up on an API request after this many seconds (default 30).":
        "Eine API-Anfrage nach so vielen Sekunden aufgeben (Standard: 30).",
    "Use this user interface language, e.g. de or lt.": "Diese Sprache der Benutzeroberfläche verwenden, z. B. de oder lt.",
    "The value of --%1 is not an http or https URL: %2": "Der Wert von --%1 ist keine http- oder https-URL: %2",
    "Desktop control panel for Heficed cloud servers.": "Desktop-Verwaltungsprogramm für Heficed-Cloud-Server.",
    "Unexpected argument: %1": "Unerwartetes Argument: %1",
    "The value of --timeout must be a number of seconds from 1 to 3600: %1":
        "Der Wert von --timeout muss eine Anzahl Sekunden von 1 bis 3600 sein: %1",
    "Cannot read the CA file %1.": "Die CA-Datei %1 kann nicht gelesen werden.",

    # Confirmation dialog
    "Servers affected": "Betroffene Server",
    "When": "Zeitpunkt",
    "At the &end of the billing period (the server runs until then)":
        "Zum &Ende des Abrechnungszeitraums (der Server läuft bis dahin weiter)",
    "&Immediately: the server and all its data are destroyed now":
        "&Sofort: Der Server und alle seine Daten werden jetzt vernichtet",
    "&Reason:": "&Grund:",
    "Sent to Heficed with the cancellation": "Wird mit der Kündigung an Heficed gesendet",
    "Cancellation reason": "Kündigungsgrund",
    "Confirmation text": "Bestätigungstext",
    "&Don't ask again": "&Nicht mehr fragen",
    "Type %1 to confirm:": "Geben Sie zur Bestätigung %1 ein:",

    # Credentials
    "Enter the organisation ID.": "Geben Sie die Organisations-ID ein.",
    "The organisation ID is a UUID such as 7bddbff3-2dfb-11e9-895d-c8dbf32f12cd; this is not one.":
        "Die Organisations-ID ist eine UUID wie 7bddbff3-2dfb-11e9-895d-c8dbf32f12cd; dies ist keine.",
    "Enter the client ID.": "Geben Sie die Client-ID ein.",
    "The client ID is a UUID of 36 characters; copy it again from API > API keys.":
        "Die Client-ID ist eine UUID aus 36 Zeichen; kopieren Sie sie erneut aus API > API keys.",
    "Enter the client secret.": "Geben Sie das Client-Secret ein.",
    "The client secret contains spaces; copy it again without them.":
        "Das Client-Secret enthält Leerzeichen; kopieren Sie es erneut ohne Leerzeichen.",
    "Enter a name for the organisation, such as Production.":
        "Geben Sie einen Namen für die Organisation ein, etwa Produktion.",
    "Another organisation is already called %1; choose a different name.":
        "Eine andere Organisation heißt bereits %1; wählen Sie einen anderen Namen.",
    "Organisation Credentials": "Zugangsdaten der Organisation",
    "Copy these values from the Heficed Terminal once. The organisation ID and the client secret are kept in your system's keychain, never in a settings file.":
        "Kopieren Sie diese Werte einmalig aus dem Heficed Terminal. Die Organisations-ID und das "
        "Client-Secret werden im Schlüsselbund Ihres Systems gespeichert, niemals in einer Einstellungsdatei.",
    "&Name:": "&Name:",
    "e.g. Production": "z. B. Produktion",
    "Name": "Name",
    "Your own name for this organisation, shown in the organisation switcher.":
        "Ihr eigener Name für diese Organisation, angezeigt in der Organisationsauswahl.",
    "&Organisation ID:": "&Organisations-ID:",
    "7bddbff3-2dfb-11e9-895d-c8dbf32f12cd": "7bddbff3-2dfb-11e9-895d-c8dbf32f12cd",
    "Organisation ID": "Organisations-ID",
    "In the Heficed Terminal address, or the orgId cookie of the Terminal. Pasting the whole address or cookie is fine.":
        "Steht in der Adresse des Heficed Terminals oder im orgId-Cookie des Terminals. Sie können auch die "
        "ganze Adresse oder das ganze Cookie einfügen.",
    "&Client ID:": "&Client-ID:",
    "Client ID": "Client-ID",
    "In the Heficed Terminal under API > API keys.": "Im Heficed Terminal unter API > API keys.",
    "Client secret": "Client-Secret",
    "Shown once, when the API key is created under API > API keys.":
        "Wird einmalig angezeigt, wenn der API-Schlüssel unter API > API keys erstellt wird.",
    "Services": "Dienste",
    "Cloud servers (kronoscloud)": "Cloud-Server (kronoscloud)",
    "&IP Switch (ipswitch)": "&IP Switch (ipswitch)",
    "IP Switch (ipswitch)": "IP Switch (ipswitch)",
    "Tick only the services enabled for this API key under API > API keys.":
        "Wählen Sie nur die Dienste aus, die für diesen API-Schlüssel unter API > API keys aktiviert sind.",
    "&Test Connection": "Verbindung &testen",
    "Testing the connection": "Verbindungstest",
    "Keep for This Session Only": "Nur für diese Sitzung behalten",
    "The API key is not allowed to use all the ticked services together. Check the services of the key under API > API keys in the Heficed Terminal.":
        "Der API-Schlüssel darf nicht alle ausgewählten Dienste zusammen verwenden. Prüfen Sie die Dienste "
        "des Schlüssels unter API > API keys im Heficed Terminal.",
    "The API key is not allowed to use %1, which the panel needs. Enable it for the key under API > API keys in the Heficed Terminal.":
        "Der API-Schlüssel darf %1 nicht verwenden, das Panel benötigt diesen Dienst aber. Aktivieren Sie ihn "
        "für den Schlüssel unter API > API keys im Heficed Terminal.",
    "The API key is not allowed to use %1. Enable it for the key under API > API keys in the Heficed Terminal, or untick it here.":
        "Der API-Schlüssel darf %1 nicht verwenden. Aktivieren Sie den Dienst für den Schlüssel unter "
        "API > API keys im Heficed Terminal oder wählen Sie ihn hier ab.",
    "Add Organisation": "Organisation hinzufügen",
    "&Save": "&Speichern",
    "Edit Organisation": "Organisation bearbeiten",
    "Reading the keychain…": "Schlüsselbund wird gelesen…",
    "A secret is stored — type to replace it": "Ein Secret ist gespeichert – zum Ersetzen neu eingeben",
    "Testing the connection…": "Verbindung wird getestet…",
    "Connected: %n server(s) in this organisation.": [
        "Verbunden: %n Server in dieser Organisation.",
        "Verbunden: %n Server in dieser Organisation.",
    ],
    "Heficed refused access to organisation %1. Check the organisation ID: it is in the Terminal address or the orgId cookie.":
        "Heficed hat den Zugriff auf die Organisation %1 verweigert. Prüfen Sie die Organisations-ID: Sie "
        "steht in der Adresse des Terminals oder im orgId-Cookie.",

    # Activity
    "&Activity": "A&ktivität",
    "%1 of %2: %3": "%1 für %2: %3",
    "A server action failed": "Eine Serveraktion ist fehlgeschlagen",
    "A server action finished": "Eine Serveraktion wurde abgeschlossen",
    "The panel stopped following this action when the session ended.":
        "Das Panel hat diese Aktion nicht weiter verfolgt, als die Sitzung endete.",
    "Sending the request…": "Anfrage wird gesendet…",
    "Accepted; waiting for the server to settle…": "Angenommen; es wird gewartet, bis der Server einen festen Status hat…",
    "The API accepted the action, but the server is now %1.":
        "Die API hat die Aktion angenommen, aber der Server hat jetzt den Status „%1“.",
    "unknown": "unbekannt",
    "The API accepted the action, but the server was still %1 after %2. Refresh later to see how it ended.":
        "Die API hat die Aktion angenommen, aber der Server hatte nach %2 immer noch den Status „%1“. "
        "Aktualisieren Sie später, um das Ergebnis zu sehen.",
    "%1 – %2": "%1 – %2",
    "Copy as &curl": "Als &curl kopieren",
    "Copy a curl command that repeats this request; set HEFICED_TOKEN to an access token first":
        "Einen curl-Befehl kopieren, der diese Anfrage wiederholt; setzen Sie vorher HEFICED_TOKEN auf ein "
        "Zugriffstoken",
    "%1 (reason: %2)": "%1 (Grund: %2)",
    "%1 after %2": "%1 nach %2",
    "(no body)": "(kein Inhalt)",
    "HTTP %1": "HTTP %1",
    "No answer arrived.": "Es ist keine Antwort eingegangen.",
    "Problem: %1": "Problem: %1",
    "(the body of an error answer is not kept)": "(der Inhalt einer Fehlerantwort wird nicht aufbewahrt)",
    "Activity": "Aktivität",
    "&Details…": "&Details…",
    "Show the request and the response of the selected action": "Anfrage und Antwort der ausgewählten Aktion anzeigen",
    "Copy as c&url": "Als c&url kopieren",
    "Copy a curl command that repeats the selected request, with the token as $HEFICED_TOKEN":
        "Einen curl-Befehl kopieren, der die ausgewählte Anfrage wiederholt, mit dem Token als $HEFICED_TOKEN",
    "E&xport…": "E&xportieren…",
    "Save the activity of this organisation as a JSON Lines file":
        "Die Aktivität dieser Organisation als JSON-Lines-Datei speichern",
    "C&lear History…": "Verlauf &leeren…",
    "Delete the stored activity of this organisation": "Die gespeicherte Aktivität dieser Organisation löschen",
    "Copied a curl command for %1; set HEFICED_TOKEN before running it.":
        "curl-Befehl für %1 kopiert; setzen Sie HEFICED_TOKEN, bevor Sie ihn ausführen.",
    "Export Activity": "Aktivität exportieren",
    "JSON Lines (*.jsonl);;All files (*)": "JSON Lines (*.jsonl);;Alle Dateien (*)",
    "Saved the activity to %1.": "Aktivität in %1 gespeichert.",
    "Could not save the activity to %1: %2": "Die Aktivität konnte nicht in %1 gespeichert werden: %2",
    "Clear Activity History": "Aktivitätsverlauf leeren",
    "Delete the stored activity of this organisation? This cannot be undone.":
        "Die gespeicherte Aktivität dieser Organisation löschen? Dies kann nicht rückgängig gemacht werden.",
    "Clear History": "Verlauf leeren",
    "The activity history was cleared.": "Der Aktivitätsverlauf wurde geleert.",
    "Reason: %1": "Grund: %1",
    "Time": "Zeit",
    "Server": "Server",
    "Action": "Aktion",
    ("State", "state of a server action"): "Status",
    ("HTTP", "HTTP status column"): "HTTP",
    "Message": "Meldung",
    "Duration": "Dauer",
    "%1 s": "%1 s",
    "%1 min %2 s": "%1 min %2 s",

    # Additional IP addresses
    "IPv%1": "IPv%1",
    "Routed to this server already. Select it and choose Unroute to take it back.":
        "Bereits zu diesem Server geroutet. Wählen Sie die Adresse aus und klicken Sie auf „Routing "
        "aufheben“, um sie zurückzunehmen.",
    "Routing it here moves it away from server %1.":
        "Wird sie hierher geroutet, wird sie von Server %1 abgezogen.",
    "Not routed": "Nicht geroutet",
    "This server": "Dieser Server",
    "This server (%1)": "Dieser Server (%1)",
    "Server %1": "Server %1",
    "Address": "Adresse",
    ("Family", "IPv4 or IPv6"): "IP-Version",
    "Location": "Standort",
    "Routed to": "Geroutet zu",
    "Route %1 to %2": "%1 zu %2 routen",
    "Take %1 back from %2": "%1 von %2 zurücknehmen",
    "The extra CA certificate file %1 could not be read as PEM certificates.":
        "Die zusätzliche CA-Zertifikatsdatei %1 konnte nicht als PEM-Zertifikate gelesen werden.",
    "Route IP Addresses: %1": "IP-Adressen routen: %1",
    "Check the additional addresses to route to %1 (ID %2) in %3. Addresses already routed to it have no checkbox: select one and choose Unroute to take it back.":
        "Haken Sie die zusätzlichen Adressen an, die zu %1 (ID %2) in %3 geroutet werden sollen. Bereits "
        "dorthin geroutete Adressen haben kein Kästchen: Wählen Sie eine aus und klicken Sie auf „Routing "
        "aufheben“, um sie zurückzunehmen.",
    "Loading the organisation's additional addresses…": "Die zusätzlichen Adressen der Organisation werden geladen…",
    "Could not load the additional addresses. %1": "Die zusätzlichen Adressen konnten nicht geladen werden. %1",
    "Shown: %1, routed to this server: %2.": "Angezeigt: %1, zu diesem Server geroutet: %2.",
    "Routing %1…": "%1 wird geroutet…",
    "Could not take %1 back from %2, so nothing was routed to this server. %3":
        "%1 konnte nicht von %2 zurückgenommen werden, daher wurde nichts zu diesem Server geroutet. %3",
    "Could not route %1 to this server. %2": "%1 konnte nicht zu diesem Server geroutet werden. %2",
    "Routed to this server: %1.": "Zu diesem Server geroutet: %1.",
    "Taking %1 back…": "%1 wird zurückgenommen…",
    "Taken back from this server: %1.": "Von diesem Server zurückgenommen: %1.",
    "Could not take %1 back from this server. %2": "%1 konnte nicht von diesem Server zurückgenommen werden. %2",
    "Routing moves %1 away from %2.": "Durch das Routing wird %1 von %2 abgezogen.",
    "Not in this server's location: %1. The API may refuse to route it here.":
        "Nicht am Standort dieses Servers: %1. Die API lehnt das Routing hierher möglicherweise ab.",
    "Try again": "Erneut versuchen",
    "Route &IP Addresses…": "&IP-Adressen routen…",
    "IP S&witch Subnets…": "IP-S&witch-Subnetze…",
    "Route the organisation's additional IP addresses to the selected server":
        "Die zusätzlichen IP-Adressen der Organisation zum ausgewählten Server routen",
    "Route IPs": "IPs routen",
    "Subnets": "Subnetze",
    "The organisation's API key is not set up for IP Switch (ipswitch). Add the service in the organisation's settings to manage subnets.":
        "Der API-Schlüssel der Organisation ist nicht für IP Switch (ipswitch) eingerichtet. Fügen Sie den "
        "Dienst in den Einstellungen der Organisation hinzu, um Subnetze zu verwalten.",
    "Route, release and move IP Switch subnets for the selected server":
        "IP-Switch-Subnetze für den ausgewählten Server routen, freigeben und verschieben",
    "server %1": "Server %1",
    "Access denied (403): the API key may not use %1, or the organisation ID is not yours. Enable the service for the key under API > API keys in the Heficed Terminal.":
        "Zugriff verweigert (403): Der API-Schlüssel darf %1 möglicherweise nicht verwenden, oder die "
        "Organisations-ID gehört nicht Ihnen. Aktivieren Sie den Dienst für den Schlüssel unter "
        "API > API keys im Heficed Terminal.",
    "Route IP Addresses": "IP-Adressen routen",
    "Additional IP addresses": "Zusätzliche IP-Adressen",
    "Show addresses in &all locations": "Adressen an &allen Standorten anzeigen",
    "Addresses are normally routed to servers in their own location.":
        "Adressen werden normalerweise zu Servern an ihrem eigenen Standort geroutet.",
    "Warning": "Warnung",
    "Error": "Fehler",
    "Status": "Status",
    "&Unroute": "Routing a&ufheben",
    "Take the selected addresses back from this server": "Die ausgewählten Adressen von diesem Server zurücknehmen",
    "&Route": "&Routen",
    "Route the checked addresses to this server in one request":
        "Die angehakten Adressen in einer Anfrage zu diesem Server routen",

    # Server actions
    ("%1, %2", "server, its status"): "%1, %2",
    "Stop Servers": "Server stoppen",
    "Stop %1? Its operating system is asked to shut down.":
        "%1 stoppen? Das Betriebssystem wird aufgefordert, herunterzufahren.",
    "Stop these %n servers? Their operating systems are asked to shut down.": [
        "Diesen %n Server stoppen? Sein Betriebssystem wird aufgefordert, herunterzufahren.",
        "Diese %n Server stoppen? Ihre Betriebssysteme werden aufgefordert, herunterzufahren.",
    ],
    "Stop": "Stoppen",
    "Stop %n Servers": ["%n Server stoppen", "%n Server stoppen"],
    "Force Stop Servers": "Stopp erzwingen",
    "Cut the power of %1? Data not yet written to disk is lost.":
        "Die Stromversorgung von %1 trennen? Noch nicht auf die Festplatte geschriebene Daten gehen verloren.",
    "Cut the power of these %n servers? Data not yet written to disk is lost.": [
        "Die Stromversorgung dieses %n Servers trennen? Noch nicht auf die Festplatte geschriebene Daten "
        "gehen verloren.",
        "Die Stromversorgung dieser %n Server trennen? Noch nicht auf die Festplatte geschriebene Daten "
        "gehen verloren.",
    ],
    "Force Stop": "Stopp erzwingen",
    "Force Stop %n Servers": ["Stopp für %n Server erzwingen", "Stopp für %n Server erzwingen"],
    "Reboot Servers": "Server neu starten",
    "Reboot %1?": "%1 neu starten?",
    "Reboot these %n servers?": ["Diesen %n Server neu starten?", "Diese %n Server neu starten?"],
    "Reboot": "Neu starten",
    "Reboot %n Servers": ["%n Server neu starten", "%n Server neu starten"],
    "Force Reboot Servers": "Neustart erzwingen",
    "Reset %1 at once, like pressing its reset button? Data not yet written to disk is lost.":
        "%1 sofort zurücksetzen, wie mit der Reset-Taste? Noch nicht auf die Festplatte geschriebene Daten "
        "gehen verloren.",
    "Reset these %n servers at once? Data not yet written to disk is lost.": [
        "Diesen %n Server sofort zurücksetzen? Noch nicht auf die Festplatte geschriebene Daten gehen verloren.",
        "Diese %n Server sofort zurücksetzen? Noch nicht auf die Festplatte geschriebene Daten gehen verloren.",
    ],
    "Force Reboot": "Neustart erzwingen",
    "Force Reboot %n Servers": ["Neustart für %n Server erzwingen", "Neustart für %n Server erzwingen"],
    "Enter Rescue Mode": "Rescue-Modus aktivieren",
    "Reboot %1 into rescue mode?": "%1 im Rescue-Modus neu starten?",
    "Reboot these %n servers into rescue mode?": [
        "Diesen %n Server im Rescue-Modus neu starten?",
        "Diese %n Server im Rescue-Modus neu starten?",
    ],
    "Leave Rescue Mode": "Rescue-Modus beenden",
    "Reboot %1 back into its own system?": "%1 wieder in sein eigenes System neu starten?",
    "Reboot these %n servers back into their own systems?": [
        "Diesen %n Server wieder in sein eigenes System neu starten?",
        "Diese %n Server wieder in ihre eigenen Systeme neu starten?",
    ],
    "&Start": "&Starten",
    "Start the selected servers": "Die ausgewählten Server starten",
    "S&top": "St&oppen",
    "Shut the selected servers down": "Die ausgewählten Server herunterfahren",
    "&Force Stop": "Stopp &erzwingen",
    "Cut the power of the selected servers": "Die Stromversorgung der ausgewählten Server trennen",
    "&Reboot": "&Neu starten",
    "Reboot the selected servers": "Die ausgewählten Server neu starten",
    "Force Re&boot": "Neustart er&zwingen",
    "Reset the selected servers at once": "Die ausgewählten Server sofort zurücksetzen",
    "&Enter Rescue Mode": "&Rescue-Modus aktivieren",
    "Reboot the selected servers into rescue mode": "Die ausgewählten Server im Rescue-Modus neu starten",
    "&Leave Rescue Mode": "Rescue-Modus &beenden",
    "Reboot the selected servers back into their own systems":
        "Die ausgewählten Server wieder in ihre eigenen Systeme neu starten",
    "&Cancel Server…": "Server &kündigen…",
    "Cancel Server": "Server kündigen",
    "Cancel the selected servers, now or at the end of the billing period (%1)":
        "Die ausgewählten Server kündigen, sofort oder zum Ende des Abrechnungszeitraums (%1)",
    "&Server": "&Server",
    "Rescue Mode": "Rescue-Modus",
    "Rescue": "Rescue",
    "Rescue mode: enter or leave it": "Rescue-Modus aktivieren oder beenden",
    "One other selected server is left alone: its state does not allow this.":
        "Ein weiterer ausgewählter Server bleibt unverändert: Sein Zustand lässt dies nicht zu.",
    "%n other selected servers are left alone: their state does not allow this.": [
        "%n weiterer ausgewählter Server bleibt unverändert: Sein Zustand lässt dies nicht zu.",
        "%n weitere ausgewählte Server bleiben unverändert: Ihr Zustand lässt dies nicht zu.",
    ],
    "Cancel Servers": "Server kündigen",
    "Cancel %1? An immediate cancellation destroys the server and its data; this cannot be undone.":
        "%1 kündigen? Eine sofortige Kündigung vernichtet den Server und seine Daten; dies kann nicht "
        "rückgängig gemacht werden.",
    "Cancel these %n servers? An immediate cancellation destroys them and their data; this cannot be undone.": [
        "Diesen %n Server kündigen? Eine sofortige Kündigung vernichtet ihn und seine Daten; dies kann nicht "
        "rückgängig gemacht werden.",
        "Diese %n Server kündigen? Eine sofortige Kündigung vernichtet sie und ihre Daten; dies kann nicht "
        "rückgängig gemacht werden.",
    ],
    "Cancel %n Servers": ["%n Server kündigen", "%n Server kündigen"],
    "Keep Server": "Server behalten",
    "Keep Servers": "Server behalten",
    "One other selected server is left alone: it is already being cancelled.":
        "Ein weiterer ausgewählter Server bleibt unverändert: Er wird bereits gekündigt.",
    "%n other selected servers are left alone: they are already being cancelled.": [
        "%n weiterer ausgewählter Server bleibt unverändert: Er wird bereits gekündigt.",
        "%n weitere ausgewählte Server bleiben unverändert: Sie werden bereits gekündigt.",
    ],
    "%1 was sent; the panel follows the server until its status settles.":
        "„%1“ wurde gesendet; das Panel verfolgt den Server, bis sich sein Status nicht mehr ändert.",

    # Server details
    "Yes": "Ja",
    "No": "Nein",
    "%1 GB": "%1 GB",
    "%1 MB": "%1 MB",
    ("Monthly", "billing type"): "Monatlich",
    ("Hourly", "billing type"): "Stündlich",
    "Effective %1": "Wirksam zum %1",
    "%1 (effective %2)": "%1 (wirksam zum %2)",
    "1 second": "1 Sekunde",
    "%n seconds": ["%n Sekunde", "%n Sekunden"],
    "the hostname": "Hostname",
    "the server ID": "Server-ID",
    "%n servers selected.": ["%n Server ausgewählt.", "%n Server ausgewählt."],
    "Select a server to see its details.": "Wählen Sie einen Server aus, um seine Details zu sehen.",
    "Copy %1": "%1 kopieren",
    "Disk %1: %2": "Festplatte %1: %2",
    "%1 per hour": "%1 pro Stunde",
    "Hide": "Verbergen",
    "Reveal": "Anzeigen",
    "Hide the root password": "Das Root-Passwort verbergen",
    "Show the root password": "Das Root-Passwort anzeigen",
    "Copied the root password of %1. The clipboard is cleared in %2.":
        "Das Root-Passwort von %1 wurde kopiert. Die Zwischenablage wird in %2 geleert.",
    "Copied %1.": "%1 kopiert.",
    "Server details": "Serverdetails",
    "General": "Allgemein",
    "Hostname:": "Hostname:",
    "Hostname": "Hostname",
    "Copy the hostname": "Den Hostnamen kopieren",
    "Copy": "Kopieren",
    "ID:": "ID:",
    "Server ID": "Server-ID",
    "Copy the server ID": "Die Server-ID kopieren",
    "Status:": "Status:",
    "Type:": "Typ:",
    "Type": "Typ",
    "Location:": "Standort:",
    "Rescue mode:": "Rescue-Modus:",
    "Rescue mode": "Rescue-Modus",
    "CPU limited:": "CPU begrenzt:",
    "CPU limited": "CPU begrenzt",
    "Network limited:": "Netzwerk begrenzt:",
    "Network limited": "Netzwerk begrenzt",
    "Root password:": "Root-Passwort:",
    "Root password": "Root-Passwort",
    "Copy the root password; the clipboard is cleared again after 30 seconds":
        "Das Root-Passwort kopieren; die Zwischenablage wird nach 30 Sekunden wieder geleert",
    "Network": "Netzwerk",
    "IPv4 address:": "IPv4-Adresse:",
    "IPv4 address": "IPv4-Adresse",
    "Copy the IPv4 address": "Die IPv4-Adresse kopieren",
    "IPv4 netmask:": "IPv4-Netzmaske:",
    "IPv4 netmask": "IPv4-Netzmaske",
    "IPv4 gateway:": "IPv4-Gateway:",
    "IPv4 gateway": "IPv4-Gateway",
    "IPv4 resolvers:": "IPv4-DNS-Server:",
    "IPv4 resolvers": "IPv4-DNS-Server",
    "IPv6 address:": "IPv6-Adresse:",
    "IPv6 address": "IPv6-Adresse",
    "Copy the IPv6 address": "Die IPv6-Adresse kopieren",
    "IPv6 netmask:": "IPv6-Netzmaske:",
    "IPv6 netmask": "IPv6-Netzmaske",
    "IPv6 gateway:": "IPv6-Gateway:",
    "IPv6 gateway": "IPv6-Gateway",
    "IPv6 resolvers:": "IPv6-DNS-Server:",
    "IPv6 resolvers": "IPv6-DNS-Server",
    "Additional:": "Zusätzlich:",
    "Additional addresses": "Zusätzliche Adressen",
    "IP addresses:": "IP-Adressen:",
    "Number of IP addresses": "Anzahl der IP-Adressen",
    "OS template": "Betriebssystemvorlage",
    "Name:": "Name:",
    "Template name": "Name der Vorlage",
    "Template ID": "ID der Vorlage",
    "Version:": "Version:",
    "Template version": "Version der Vorlage",
    "Size:": "Größe:",
    "Template size": "Größe der Vorlage",
    "Created:": "Erstellt:",
    "Template created": "Erstellungsdatum der Vorlage",
    "Template location": "Standort der Vorlage",
    "Template type": "Typ der Vorlage",
    "ISO:": "ISO:",
    "Mounted ISO": "Eingebundenes ISO",
    "Hardware": "Hardware",
    "vCPU:": "vCPU:",
    "Virtual CPUs": "Virtuelle CPUs",
    "Memory:": "Arbeitsspeicher:",
    "Memory": "Arbeitsspeicher",
    "Disk:": "Festplatte:",
    "Disk": "Festplatte",
    "Additional disks:": "Zusätzliche Festplatten:",
    "Additional disks": "Zusätzliche Festplatten",
    "Backups:": "Sicherungen:",
    "Backups": "Sicherungen",
    "Billing": "Abrechnung",
    "Product:": "Produkt:",
    "Product": "Produkt",
    "Billing type": "Abrechnungsart",
    "Billing status": "Abrechnungsstatus",
    "Price:": "Preis:",
    "Price": "Preis",
    "Hourly rate:": "Stundensatz:",
    "Hourly spending rate": "Stündliche Kosten",
    "Period:": "Zeitraum:",
    "Billing period": "Abrechnungszeitraum",
    "Invoice:": "Rechnung:",
    "Invoice": "Rechnung",
    "SLA:": "SLA:",
    "Service level agreement": "Service-Level-Vereinbarung",
    "Cancellation:": "Kündigung:",
    "Cancellation request": "Kündigungsanfrage",

    # Server list
    "The servers could not be written to %1: %2": "Die Server konnten nicht in %1 geschrieben werden: %2",
    "Filter by status": "Nach Status filtern",
    "Show only servers with this status": "Nur Server mit diesem Status anzeigen",
    "Filter by location": "Nach Standort filtern",
    "Show only servers at this location": "Nur Server an diesem Standort anzeigen",
    "All statuses": "Alle Status",
    "All locations": "Alle Standorte",
    "%1 (additional)": "%1 (zusätzlich)",
    ("ID", "server ID column"): "ID",
    "IPv4": "IPv4",
    "IPv6": "IPv6",
    ("Template", "operating system template column"): "Vorlage",
    ("vCPU", "virtual CPU count column"): "vCPU",
    ("Billing", "monthly or hourly billing column"): "Abrechnung",
    "Paid until": "Bezahlt bis",
    "%1, in rescue mode": "%1, im Rescue-Modus",
    "running": "läuft",
    "stopped": "gestoppt",
    "starting": "startet",
    "stopping": "stoppt",
    "rebooting": "startet neu",
    "pending": "ausstehend",
    "suspended": "gesperrt",

    # Session
    "There is no organisation named “%1”, so %2 is shown. Add it with Organisation > Add Organisation.":
        "Es gibt keine Organisation namens „%1“, daher wird %2 angezeigt. Fügen Sie sie über "
        "Organisation > Organisation hinzufügen hinzu.",
    "Reading the credentials of %1 from the keychain…": "Die Zugangsdaten von %1 werden aus dem Schlüsselbund gelesen…",
    "No credentials are stored for %1.": "Für %1 sind keine Zugangsdaten gespeichert.",
    "The credentials of %1 could not be read from the keychain.":
        "Die Zugangsdaten von %1 konnten nicht aus dem Schlüsselbund gelesen werden.",
    "Continue for This Session Only": "Nur für diese Sitzung fortfahren",
    "Enter the credentials of %1 to use them for this session.":
        "Geben Sie die Zugangsdaten von %1 ein, um sie für diese Sitzung zu verwenden.",
    "The keychain cannot be used, so the organisation ID and client secret you enter now are kept in memory until the panel closes.":
        "Der Schlüsselbund kann nicht verwendet werden. Die Organisations-ID und das Client-Secret, die Sie "
        "jetzt eingeben, bleiben daher nur bis zum Schließen des Panels im Arbeitsspeicher.",

    # Subnets
    "Release": "Freigeben",
    "Wait for the release to settle": "Warten, bis die Freigabe abgeschlossen ist",
    "Route": "Routen",
    ("%1 s", "seconds"): "%1 s",
    "Cancelled.": "Abgebrochen.",
    "The move was cancelled. %1 is released and routed nowhere now.":
        "Das Verschieben wurde abgebrochen. %1 ist freigegeben und jetzt nirgendwohin geroutet.",
    "Releasing %1 from %2…": "%1 wird von %2 freigegeben…",
    "Could not release %1; it stays where it was. %2": "%1 konnte nicht freigegeben werden und bleibt unverändert. %2",
    "Released from %1.": "Von %1 freigegeben.",
    "Waiting %1 for the release to settle…": "Es wird %1 gewartet, bis die Freigabe abgeschlossen ist…",
    "Waited %1.": "%1 gewartet.",
    "Routing %1 to %2…": "%1 wird zu %2 geroutet…",
    "%1 was released but could not be routed to %2, so it is routed nowhere now. %3":
        "%1 wurde freigegeben, konnte aber nicht zu %2 geroutet werden und ist jetzt nirgendwohin geroutet. %3",
    "Routed to %1.": "Zu %1 geroutet.",
    "Moved %1 from %2 to %3.": "%1 von %2 nach %3 verschoben.",
    "Route subnet %1 to %2": "Subnetz %1 zu %2 routen",
    "Release subnet %1 from %2": "Subnetz %1 von %2 freigeben",
    "%1 to %2": "%1 bis %2",
    "Subnet": "Subnetz",
    "Addresses": "Adressen",
    ("waiting", "move step"): "wartet",
    ("in progress", "move step"): "läuft",
    ("done", "move step"): "erledigt",
    ("failed", "move step"): "fehlgeschlagen",
    ("skipped", "move step"): "übersprungen",
    "IP Switch Subnets: %1": "IP-Switch-Subnetze: %1",
    "The organisation's IP Switch subnets. Select one to route it to %1 (ID %2), to release it from this server, or to move it here from another server. A subnet's parts are read when you expand it.":
        "Die IP-Switch-Subnetze der Organisation. Wählen Sie eines aus, um es zu %1 (ID %2) zu routen, von "
        "diesem Server freizugeben oder von einem anderen Server hierher zu verschieben. Die Teile eines "
        "Subnetzes werden gelesen, wenn Sie es aufklappen.",
    "Reading subnets…": "Subnetze werden gelesen…",
    "Routing %1 to this server…": "%1 wird zu diesem Server geroutet…",
    "Releasing %1 from this server…": "%1 wird von diesem Server freigegeben…",
    "Could not release %1 from this server. %2": "%1 konnte nicht von diesem Server freigegeben werden. %2",
    "Routed %1 to this server.": "%1 zu diesem Server geroutet.",
    "Released %1 from this server.": "%1 von diesem Server freigegeben.",
    "Moving %1 from %2 to this server: release, wait %3 for the release to settle, then route.":
        "%1 wird von %2 zu diesem Server verschoben: freigeben, %3 auf den Abschluss der Freigabe warten, "
        "dann routen.",
    "Moving %1…": "%1 wird verschoben…",
    ("%1: %2", "move step: message"): "%1: %2",
    "Could not read the subnets. %1": "Die Subnetze konnten nicht gelesen werden. %1",
    "A move is under way. Wait until it ends, so that the subnet is not left released.":
        "Ein Verschiebevorgang läuft. Warten Sie, bis er beendet ist, damit das Subnetz nicht freigegeben "
        "zurückbleibt.",
    "IP Switch Subnets": "IP-Switch-Subnetze",
    "Move": "Verschieben",
    "Move progress": "Fortschritt des Verschiebens",
    "Move steps": "Schritte des Verschiebens",
    "Re&lease": "&Freigeben",
    "Release the selected subnet from this server": "Das ausgewählte Subnetz von diesem Server freigeben",
    "&Move Here": "&Hierher verschieben",
    "Release the selected subnet from its server, wait for it to settle, and route it to this server":
        "Das ausgewählte Subnetz von seinem Server freigeben, den Abschluss abwarten und es zu diesem Server "
        "routen",
    "&Route to This Server": "Zu diesem Server &routen",
    "Route the selected subnet to this server": "Das ausgewählte Subnetz zu diesem Server routen",

    # Keychain
    "You can also continue with the credentials kept for this session only.":
        "Sie können auch mit Zugangsdaten fortfahren, die nur für diese Sitzung behalten werden.",
    "No keychain service (Secret Service) is running: install and start gnome-keyring or KWallet, or continue with the credentials kept for this session only.":
        "Es läuft kein Schlüsselbund-Dienst (Secret Service): Installieren und starten Sie gnome-keyring oder "
        "KWallet, oder fahren Sie mit Zugangsdaten fort, die nur für diese Sitzung behalten werden.",
    "The keychain was not unlocked: the prompt was cancelled. Try again and unlock it. ":
        "Der Schlüsselbund wurde nicht entsperrt: Die Abfrage wurde abgebrochen. Versuchen Sie es erneut und "
        "entsperren Sie ihn. ",
    "The keychain is locked or refused access. Unlock it (your login keyring or wallet) and try again. ":
        "Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn (Ihren "
        "Anmelde-Schlüsselbund oder Ihre Wallet) und versuchen Sie es erneut. ",
    "The keychain could not read the credentials (%1). Try again.":
        "Der Schlüsselbund konnte die Zugangsdaten nicht lesen (%1). Versuchen Sie es erneut.",
    "The keychain could not store the credentials (%1). Try again.":
        "Der Schlüsselbund konnte die Zugangsdaten nicht speichern (%1). Versuchen Sie es erneut.",
    "The keychain could not delete the credentials (%1). Remove the entry with your keychain tool.":
        "Der Schlüsselbund konnte die Zugangsdaten nicht löschen (%1). Entfernen Sie den Eintrag mit Ihrem "
        "Schlüsselbund-Programm.",
    "The keychain holds no credentials for %1. Enter the organisation ID and client secret again.":
        "Der Schlüsselbund enthält keine Zugangsdaten für %1. Geben Sie die Organisations-ID und das "
        "Client-Secret erneut ein.",
    "The keychain entry for %1 cannot be read. Enter the organisation ID and client secret again.":
        "Der Schlüsselbund-Eintrag für %1 kann nicht gelesen werden. Geben Sie die Organisations-ID und das "
        "Client-Secret erneut ein.",
    "The credentials for %1 are kept for this session only and have not been entered yet. Enter them again.":
        "Die Zugangsdaten für %1 werden nur für diese Sitzung behalten und wurden noch nicht eingegeben. "
        "Geben Sie sie erneut ein.",

    # Main window
    "Or&ganisation:": "Or&ganisation:",
    "Organisation": "Organisation",
    "The organisation whose servers are shown": "Die Organisation, deren Server angezeigt werden",
    "None yet": "Noch keine",
    "Search hostname, ID, IP address or template": "Hostname, ID, IP-Adresse oder Vorlage suchen",
    "Search servers": "Server suchen",
    "Loading servers": "Server werden geladen",
    "Loading %v of %m": "%v von %m werden geladen",
    "%1 – Heficed Panel": "%1 – Heficed Panel",
    "The credentials of %1 are incomplete: the organisation ID, the client ID and the client secret are all needed.":
        "Die Zugangsdaten von %1 sind unvollständig: Organisations-ID, Client-ID und Client-Secret werden alle "
        "benötigt.",
    "Heficed Panel": "Heficed Panel",
    "No organisation is configured yet, so there are no servers to show.":
        "Es ist noch keine Organisation eingerichtet, daher gibt es keine Server anzuzeigen.",
    "The organisation %1 is not configured yet, so there are no servers to show.":
        "Die Organisation %1 ist noch nicht eingerichtet, daher gibt es keine Server anzuzeigen.",
    "%1 of 1 server": "%1 von 1 Server",
    ("%1 of %n servers", "shown of all servers"): ["%1 von %n Server", "%1 von %n Servern"],
    ("%1 · stale since %2", "server count · time of the last good load"): "%1 · veraltet seit %2",
    "The list could not be refreshed: it shows the servers as they were at %1.":
        "Die Liste konnte nicht aktualisiert werden: Sie zeigt die Server mit dem Stand von %1.",
    "Not connected to an organisation.": "Nicht mit einer Organisation verbunden.",
    "Loading the servers of %1…": "Die Server von %1 werden geladen…",
    "%1 has no cloud servers yet.": "%1 hat noch keine Cloud-Server.",
    "The servers of %1 could not be loaded.": "Die Server von %1 konnten nicht geladen werden.",
    "%1 has no IP address to copy.": "%1 hat keine IP-Adresse, die kopiert werden könnte.",
    "Copied %1 (%2).": "%1 (%2) kopiert.",
    "Export Servers": "Server exportieren",
    "CSV files (*.csv)": "CSV-Dateien (*.csv)",
    "JSON files (*.json)": "JSON-Dateien (*.json)",
    ("servers.csv", "default export file name"): "server.csv",
    "Exported 1 server to %1.": "1 Server nach %1 exportiert.",
    "Exported %n servers to %1.": ["%n Server nach %1 exportiert.", "%n Server nach %1 exportiert."],
    "About Heficed Panel": "Über Heficed Panel",
    "Notice": "Hinweis",
    "&Try Again": "&Erneut versuchen",
    "&Retry": "&Wiederholen",
    "Retry loading the servers": "Das Laden der Server wiederholen",
    "Cloud servers": "Cloud-Server",
    "&File": "&Datei",
    "&Organisation": "&Organisation",
    "&View": "&Ansicht",
    "&Help": "&Hilfe",
    "Main toolbar": "Hauptwerkzeugleiste",
    "&Refresh": "&Aktualisieren",
    "Load the server list again (F5)": "Die Serverliste neu laden (F5)",
    "&Find": "&Suchen",
    "Search the servers (Ctrl+F)": "Die Server durchsuchen (Strg+F)",
    "&Copy IP Address": "IP-Adresse &kopieren",
    "Copy the main IP address of the selected server": "Die Haupt-IP-Adresse des ausgewählten Servers kopieren",
    "&Export…": "&Exportieren…",
    "Save the servers shown as CSV or JSON": "Die angezeigten Server als CSV oder JSON speichern",
    "&Quit": "&Beenden",
    "&Add Organisation…": "Organisation &hinzufügen…",
    "Add the API credentials of another organisation": "Die API-Zugangsdaten einer weiteren Organisation hinzufügen",
    "&Edit Organisation…": "Organisation &bearbeiten…",
    "Change the credentials or services of the open organisation":
        "Zugangsdaten oder Dienste der geöffneten Organisation ändern",
    "&Manage Organisations…": "Organisationen &verwalten…",
    "Add, edit, rename and remove organisations": "Organisationen hinzufügen, bearbeiten, umbenennen und entfernen",
    "&About Heficed Panel": "Ü&ber Heficed Panel",

    # Organisations
    "Remove %1? Its organisation ID and client secret are deleted from the keychain as well.":
        "%1 entfernen? Die Organisations-ID und das Client-Secret werden auch aus dem Schlüsselbund gelöscht.",
    "%1 was removed, but its keychain entry could not be deleted: %2":
        "%1 wurde entfernt, aber der Eintrag im Schlüsselbund konnte nicht gelöscht werden: %2",
    "%1 was removed.": "%1 wurde entfernt.",
    "Organisations": "Organisationen",
    "The organisations you work with. The organisation ID and the client secret of each are kept in your system's keychain. Double-click a name to rename it.":
        "Die Organisationen, mit denen Sie arbeiten. Die Organisations-ID und das Client-Secret jeder "
        "Organisation werden im Schlüsselbund Ihres Systems gespeichert. Doppelklicken Sie auf einen Namen, "
        "um ihn umzubenennen.",
    "&Add…": "&Hinzufügen…",
    "&Edit…": "&Bearbeiten…",
    "Re&name": "&Umbenennen",
    "&Remove…": "&Entfernen…",
    "Remove": "Entfernen",
    "Keep": "Behalten",

    # Activity of routing requests, settings
    "The API accepted the request.": "Die API hat die Anfrage angenommen.",
    "Show or hide the server actions, routing requests and their results":
        "Serveraktionen, Routing-Anfragen und ihre Ergebnisse ein- oder ausblenden",
    "Server actions, routing requests and their results": "Serveraktionen, Routing-Anfragen und ihre Ergebnisse",
    "Enter the host name or address of the proxy server.": "Geben Sie den Hostnamen oder die Adresse des Proxyservers ein.",
    "The CA certificate file %1 does not exist.": "Die CA-Zertifikatsdatei %1 existiert nicht.",
    "System language": "Systemsprache",
    "Warnings only": "Nur Warnungen",
    "Information": "Informationen",
    "Debug": "Debug",
    "The certificates in this file are trusted.": "Den Zertifikaten in dieser Datei wird vertraut.",
    "Extra CA Certificate": "Zusätzliches CA-Zertifikat",
    "PEM certificates (*.pem *.crt *.cer)": "PEM-Zertifikate (*.pem *.crt *.cer)",
    "All files (*)": "Alle Dateien (*)",
    "Settings": "Einstellungen",
    "Settings pages": "Einstellungsseiten",
    "&General": "&Allgemein",
    "&Refresh the server list every:": "Server&liste aktualisieren alle:",
    "Refresh interval in seconds": "Aktualisierungsintervall in Sekunden",
    "Never": "Nie",
    (" s", "unit after the refresh interval"): " s",
    "“Never” leaves refreshing to you (View > Refresh, F5). While the window is minimised, or after failed loads, the list refreshes less often.":
        "Bei „Nie“ aktualisieren Sie selbst (Ansicht > Aktualisieren, F5). Solange das Fenster minimiert ist "
        "oder nach fehlgeschlagenen Ladevorgängen wird die Liste seltener aktualisiert.",
    "&Language:": "&Sprache:",
    "User interface language": "Sprache der Benutzeroberfläche",
    "A new language takes effect the next time Heficed Panel starts. The --language command-line option wins over this setting.":
        "Eine neue Sprache wird beim nächsten Start von Heficed Panel wirksam. Die Befehlszeilenoption "
        "--language hat Vorrang vor dieser Einstellung.",
    "Log &messages:": "&Protokollmeldungen:",
    "Log messages": "Protokollmeldungen",
    "Log messages go to the standard error output. They never contain a client secret, an access token or a password. The QT_LOGGING_RULES environment variable wins over this setting.":
        "Protokollmeldungen gehen an die Standardfehlerausgabe. Sie enthalten nie ein Client-Secret, ein "
        "Zugriffstoken oder ein Passwort. Die Umgebungsvariable QT_LOGGING_RULES hat Vorrang vor dieser "
        "Einstellung.",
    "&Confirmations": "&Bestätigungen",
    "Ask for confirmation before these server actions:": "Vor diesen Serveraktionen nachfragen:",
    "Confirmations": "Bestätigungen",
    "An action you chose not to be asked about again is unticked here. Cancelling a server always asks, and its name must be typed.":
        "Aktionen, bei denen Sie nicht mehr gefragt werden wollten, sind hier nicht angehakt. Vor dem "
        "Kündigen eines Servers wird immer gefragt, und sein Name muss eingegeben werden.",
    "&Ask Before Every Action": "&Vor jeder Aktion fragen",
    "&Network": "&Netzwerk",
    "Proxy": "Proxy",
    "Use the &system’s proxy settings": "Proxy-Einstellungen des &Systems verwenden",
    "&No proxy": "&Kein Proxy",
    "&Manual HTTP proxy:": "&Manueller HTTP-Proxy:",
    "Proxy host": "Proxy-Host",
    "proxy.example.com": "proxy.example.com",
    "&Port:": "&Port:",
    "Proxy port": "Proxy-Port",
    "Extra CA certificate": "Zusätzliches CA-Zertifikat",
    "A PEM file whose certificates are trusted in addition to the system’s, for a gateway with a certificate authority of its own. The --extra-ca command-line option wins over this setting.":
        "Eine PEM-Datei, deren Zertifikaten zusätzlich zu denen des Systems vertraut wird, für ein Gateway "
        "mit eigener Zertifizierungsstelle. Die Befehlszeilenoption --extra-ca hat Vorrang vor dieser "
        "Einstellung.",
    "CA certificate file": "CA-Zertifikatsdatei",
    "No extra certificates": "Keine zusätzlichen Zertifikate",
    "&Browse…": "&Durchsuchen…",
    "Choose the CA certificate file": "Die CA-Zertifikatsdatei auswählen",

    "&Settings…": "Ein&stellungen…",
    "Refresh interval, confirmations, language, proxy, certificates and logging":
        "Aktualisierungsintervall, Bestätigungen, Sprache, Proxy, Zertifikate und Protokollierung",
    "<p><b>Heficed Panel %1</b></p><p>A desktop control panel for Heficed cloud servers.</p><p>Qt %2 · QtKeychain %3</p><p>Heficed Panel is free software, licensed under the <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public License</a>, version 3 or any later version. It comes with no warranty.</p>":
        "<p><b>Heficed Panel %1</b></p><p>Ein Desktop-Verwaltungsprogramm für Heficed-Cloud-Server.</p>"
        "<p>Qt %2 · QtKeychain %3</p><p>Heficed Panel ist freie Software, lizenziert unter der "
        "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public License</a>, Version 3 oder "
        "jeder späteren Version. Es wird ohne jede Gewährleistung bereitgestellt.</p>",

    "Client s&ecret:": "Client-S&ecret:",
    "Sending %1 for %2; the Activity view shows the result.":
        "„%1“ für %2 wird gesendet; die Aktivitätsansicht zeigt das Ergebnis.",
    "Sending %1 for %n servers; the Activity view shows the results.": [
        "„%1“ für %n Server wird gesendet; die Aktivitätsansicht zeigt das Ergebnis.",
        "„%1“ für %n Server wird gesendet; die Aktivitätsansicht zeigt die Ergebnisse.",
    ],
    "The Heficed API did not answer within %n second(s). Try again; on a slow network, start the panel with a longer --timeout.": [
        "Die Heficed-API hat nicht innerhalb von %n Sekunde geantwortet. Versuchen Sie es erneut; starten "
        "Sie das Panel in einem langsamen Netzwerk mit einem längeren --timeout.",
        "Die Heficed-API hat nicht innerhalb von %n Sekunden geantwortet. Versuchen Sie es erneut; starten "
        "Sie das Panel in einem langsamen Netzwerk mit einem längeren --timeout.",
    ],

    # Qt's standard buttons (translations/qtstrings.cpp); the same words as Qt's own German catalogue
    "OK": "OK",
    "Save": "Speichern",
    "Save All": "Alles speichern",
    "Open": "Öffnen",
    "&Yes": "&Ja",
    "Yes to &All": "Ja, &alle",
    "&No": "&Nein",
    "N&o to All": "N&ein, keine",
    "Abort": "Abbrechen",
    "Retry": "Wiederholen",
    "Ignore": "Ignorieren",
    "Close": "Schließen",
    "Cancel": "Abbrechen",
    "Discard": "Verwerfen",
    "Help": "Hilfe",
    "Apply": "Anwenden",
    "Reset": "Zurücksetzen",
    "Restore Defaults": "Voreinstellungen",
}

CONTEXT_PHRASES = {
    # A table column: the short word keeps the column narrow.
    "Heficed::ServerTableModel": {"Memory": "RAM"},
}
