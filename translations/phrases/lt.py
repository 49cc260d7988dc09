# SPDX-License-Identifier: GPL-3.0-or-later
# Lithuanian phrase book for filltranslations.py. "Serveris", "organizacija", "raktų saugykla" for
# keychain, "prisijungimo duomenys" for credentials, "kliento slaptasis raktas" for client secret,
# "nukreipti" for routing an address, "potinklis" for subnet, "gelbėjimo režimas" for rescue mode.
# Plural lists follow Qt's three Lithuanian forms:
#   [n % 10 == 1 and n % 100 != 11 (1, 21: "serveris"),
#    n % 10 >= 2 and n % 100 not in 10..19 (2, 22: "serveriai"),
#    the rest (0, 10-20, 30: "serverių")]

PLURAL_FORMS = 3

PHRASES = {
    # Server actions and their progress
    ("Start", "server action"): "Paleisti",
    ("Stop", "server action"): "Sustabdyti",
    ("Force stop", "server action"): "Priverstinai sustabdyti",
    ("Reboot", "server action"): "Perkrauti",
    ("Force reboot", "server action"): "Priverstinai perkrauti",
    ("Enter rescue mode", "server action"): "Įjungti gelbėjimo režimą",
    ("Leave rescue mode", "server action"): "Išjungti gelbėjimo režimą",
    ("Cancel immediately", "server action"): "Atsisakyti iš karto",
    ("Cancel at end of billing period", "server action"): "Atsisakyti atsiskaitymo laikotarpio pabaigoje",
    "starting…": "paleidžiama…",
    "stopping…": "stabdoma…",
    "rebooting…": "perkraunama…",
    "entering rescue…": "įjungiamas gelbėjimo režimas…",
    "leaving rescue…": "išjungiamas gelbėjimo režimas…",
    "cancelling…": "atsisakoma…",
    "booking cancellation…": "registruojamas atsisakymas…",
    "The server is in rescue mode and %1.": "Serveriui įjungtas gelbėjimo režimas, būsena: %1.",
    "The server left rescue mode and is %1.": "Serveris išėjo iš gelbėjimo režimo, būsena: %1.",
    "The server was cancelled and removed.": "Serverio atsisakyta, jis pašalintas.",
    "The server will be cancelled at the end of its billing period.":
        "Serverio bus atsisakyta jo atsiskaitymo laikotarpio pabaigoje.",
    "The server is %1.": "Serverio būsena: %1.",

    # Activity details
    "Action Details": "Veiksmo informacija",
    "Server:": "Serveris:",
    "Action:": "Veiksmas:",
    "Outcome:": "Rezultatas:",
    "Sent:": "Išsiųsta:",
    "Message:": "Pranešimas:",
    "Request": "Užklausa",
    "Request body": "Užklausos turinys",
    "Response": "Atsakymas",
    "Response body": "Atsakymo turinys",
    "%1 (%2)": "%1 (%2)",
    "sending": "siunčiama",
    "accepted": "priimta",
    ("done", "action state"): "atlikta",
    ("failed", "action state"): "nepavyko",
    "timed out": "baigėsi laukimo laikas",

    # API errors
    "Heficed did not accept the client ID or client secret. Copy both again from API > API keys in the Heficed Terminal.":
        "Heficed nepriėmė kliento ID arba kliento slaptojo rakto. Dar kartą nukopijuokite abu iš Heficed "
        "Terminal skilties API > API keys.",
    "The API application is not allowed to use the services %1. Enable them for the application in the Heficed Terminal, or untick them here.":
        "API programai neleidžiama naudoti paslaugų %1. Įjunkite jas programai Heficed Terminal arba čia "
        "nuimkite jų žymes.",
    "Could not reach the Heficed API: %1. Check your network connection and the API address.":
        "Nepavyko pasiekti Heficed API: %1. Patikrinkite tinklo ryšį ir API adresą.",
    "The secure connection was refused: %1. If your network uses its own certificate authority, add its certificate as an extra CA file in the settings.":
        "Saugus ryšys atmestas: %1. Jei jūsų tinklas naudoja savo sertifikatų įstaigą, nustatymuose pridėkite "
        "jos sertifikatą kaip papildomą CA failą.",
    "The request was cancelled.": "Užklausa atšaukta.",
    "The Heficed API sent an empty answer where data was expected. Try again in a moment.":
        "Heficed API atsiuntė tuščią atsakymą, nors buvo laukiama duomenų. Po akimirkos bandykite dar kartą.",
    "The Heficed API answered with a web page instead of data; a gateway or proxy may be failing. Try again in a moment.":
        "Heficed API vietoj duomenų atsakė tinklalapiu; gali būti sutrikęs tinklų sietuvas arba tarpinis "
        "serveris. Po akimirkos bandykite dar kartą.",
    "The Heficed API sent an answer that could not be read (it may have been cut off). Try again in a moment.":
        "Heficed API atsiuntė atsakymą, kurio nepavyko perskaityti (galbūt jis nukirstas). Po akimirkos "
        "bandykite dar kartą.",
    "%1 The server said: %2": "%1 Serveris atsakė: %2",
    "The Heficed API refused the request as invalid (400).": "Heficed API atmetė užklausą kaip netinkamą (400).",
    "The Heficed API did not accept the access token (401). Check the client ID and secret.":
        "Heficed API nepriėmė prieigos rakto (401). Patikrinkite kliento ID ir slaptąjį raktą.",
    "Access denied (403): the API application may lack the service for this request, or the organisation ID is not yours.":
        "Prieiga uždrausta (403): API programai gali trūkti šiai užklausai reikalingos paslaugos arba "
        "organizacijos ID nėra jūsų.",
    "Not found (404): the server or address no longer exists.": "Nerasta (404): tokio serverio ar adreso nebėra.",
    "The request conflicts with the current state (409).": "Užklausa prieštarauja dabartinei būsenai (409).",
    "The Heficed API is receiving too many requests (429). Wait a moment and try again.":
        "Heficed API gauna per daug užklausų (429). Palaukite akimirką ir bandykite dar kartą.",
    "The Heficed API failed (%1). Try again in a moment.":
        "Heficed API įvyko klaida (%1). Po akimirkos bandykite dar kartą.",
    "The Heficed API answered with HTTP status %1.": "Heficed API atsakė HTTP būsenos kodu %1.",
    "the connection was refused": "ryšys atmestas",
    "the server closed the connection before answering, and the request was not sent again; check the server's state before trying again":
        "serveris nutraukė ryšį neatsakęs, o užklausa pakartotinai nesiųsta; prieš bandydami dar kartą, "
        "patikrinkite serverio būseną",
    "the server closed the connection before answering": "serveris nutraukė ryšį neatsakęs",
    "the host name could not be found": "mazgo vardas nerastas",

    # Command line
    "Base URL of the Heficed API (default %1).": "Heficed API bazinis URL (numatytasis %1).",
    "URL of the OAuth token endpoint (default %1).": "OAuth prieigos raktų galinio taško URL (numatytasis %1).",
    "Open the organisation with this name.": "Atverti šio pavadinimo organizaciją.",
    "Also trust the CA certificates in this PEM file.": "Taip pat pasitikėti šio PEM failo CA sertifikatais.",
    "Give up on an API request after this many seconds (default 30).":
        "Nutraukti API užklausą po tiek sekundžių (numatytasis 30).",
    "Use this user interface language, e.g. de or lt.": "Naudoti šią naudotojo sąsajos kalbą, pvz., de arba lt.",
    "The value of --%1 is not an http or https URL: %2": "--%1 reikšmė nėra http ar https URL: %2",
    "Desktop control panel for Heficed cloud servers.": "Heficed debesijos serverių valdymo programa.",
    "Unexpected argument: %1": "Netikėtas argumentas: %1",
    "The value of --timeout must be a number of seconds from 1 to 3600: %1":
        "--timeout reikšmė turi būti sekundžių skaičius nuo 1 iki 3600: %1",
    "Cannot read the CA file %1.": "Nepavyko perskaityti CA failo %1.",

    # Confirmation dialog
    "Servers affected": "Paveikti serveriai",
    "When": "Kada",
    "At the &end of the billing period (the server runs until then)":
        "Atsiskaitymo laikotarpio &pabaigoje (iki tol serveris veikia)",
    "&Immediately: the server and all its data are destroyed now":
        "&Iš karto: serveris ir visi jo duomenys sunaikinami dabar",
    "&Reason:": "P&riežastis:",
    "Sent to Heficed with the cancellation": "Siunčiama Heficed kartu su atsisakymu",
    "Cancellation reason": "Atsisakymo priežastis",
    "Confirmation text": "Patvirtinimo tekstas",
    "&Don't ask again": "&Daugiau neklausti",
    "Type %1 to confirm:": "Norėdami patvirtinti, įveskite %1:",

    # Credentials
    "Enter the organisation ID.": "Įveskite organizacijos ID.",
    "The organisation ID is a UUID such as 7bddbff3-2dfb-11e9-895d-c8dbf32f12cd; this is not one.":
        "Organizacijos ID yra UUID, pvz., 7bddbff3-2dfb-11e9-895d-c8dbf32f12cd; įvesta reikšmė nėra UUID.",
    "Enter the client ID.": "Įveskite kliento ID.",
    "The client ID is a UUID of 36 characters; copy it again from API > API keys.":
        "Kliento ID yra 36 simbolių UUID; dar kartą nukopijuokite jį iš skilties API > API keys.",
    "Enter the client secret.": "Įveskite kliento slaptąjį raktą.",
    "The client secret contains spaces; copy it again without them.":
        "Kliento slaptajame rakte yra tarpų; nukopijuokite jį dar kartą be tarpų.",
    "Enter a name for the organisation, such as Production.":
        "Įveskite organizacijos pavadinimą, pvz., Produkcija.",
    "Another organisation is already called %1; choose a different name.":
        "Kita organizacija jau vadinasi %1; pasirinkite kitą pavadinimą.",
    "Organisation Credentials": "Organizacijos prisijungimo duomenys",
    "Copy these values from the Heficed Terminal once. The organisation ID and the client secret are kept in your system's keychain, never in a settings file.":
        "Vieną kartą nukopijuokite šias reikšmes iš Heficed Terminal. Organizacijos ID ir kliento slaptasis "
        "raktas saugomi jūsų sistemos raktų saugykloje, niekada – nustatymų faile.",
    "&Name:": "&Pavadinimas:",
    "e.g. Production": "pvz., Produkcija",
    "Name": "Pavadinimas",
    "Your own name for this organisation, shown in the organisation switcher.":
        "Jūsų pasirinktas šios organizacijos pavadinimas, rodomas organizacijų perjungiklyje.",
    "&Organisation ID:": "&Organizacijos ID:",
    "7bddbff3-2dfb-11e9-895d-c8dbf32f12cd": "7bddbff3-2dfb-11e9-895d-c8dbf32f12cd",
    "Organisation ID": "Organizacijos ID",
    "In the Heficed Terminal address, or the orgId cookie of the Terminal. Pasting the whole address or cookie is fine.":
        "Heficed Terminal adrese arba Terminal slapuke orgId. Galima įklijuoti visą adresą ar slapuką.",
    "&Client ID:": "&Kliento ID:",
    "Client ID": "Kliento ID",
    "In the Heficed Terminal under API > API keys.": "Heficed Terminal skiltyje API > API keys.",
    "Client secret": "Kliento slaptasis raktas",
    "Shown once, when the API key is created under API > API keys.":
        "Rodomas vieną kartą, kai API raktas sukuriamas skiltyje API > API keys.",
    "Services": "Paslaugos",
    "Cloud servers (kronoscloud)": "Debesijos serveriai (kronoscloud)",
    "&IP Switch (ipswitch)": "&IP Switch (ipswitch)",
    "IP Switch (ipswitch)": "IP Switch (ipswitch)",
    "Tick only the services enabled for this API key under API > API keys.":
        "Pažymėkite tik tas paslaugas, kurios šiam API raktui įjungtos skiltyje API > API keys.",
    "&Test Connection": "&Tikrinti ryšį",
    "Testing the connection": "Ryšio tikrinimas",
    "Keep for This Session Only": "Laikyti tik šiam seansui",
    "The API key is not allowed to use all the ticked services together. Check the services of the key under API > API keys in the Heficed Terminal.":
        "API raktui neleidžiama kartu naudoti visų pažymėtų paslaugų. Patikrinkite rakto paslaugas Heficed "
        "Terminal skiltyje API > API keys.",
    "The API key is not allowed to use %1, which the panel needs. Enable it for the key under API > API keys in the Heficed Terminal.":
        "API raktui neleidžiama naudoti paslaugos %1, o programai ji reikalinga. Įjunkite ją raktui Heficed "
        "Terminal skiltyje API > API keys.",
    "The API key is not allowed to use %1. Enable it for the key under API > API keys in the Heficed Terminal, or untick it here.":
        "API raktui neleidžiama naudoti paslaugos %1. Įjunkite ją raktui Heficed Terminal skiltyje "
        "API > API keys arba čia nuimkite jos žymę.",
    "Add Organisation": "Pridėti organizaciją",
    "&Save": "Išs&augoti",
    "Edit Organisation": "Redaguoti organizaciją",
    "Reading the keychain…": "Skaitoma raktų saugykla…",
    "A secret is stored — type to replace it": "Slaptasis raktas išsaugotas – įveskite naują, kad jį pakeistumėte",
    "Testing the connection…": "Tikrinamas ryšys…",
    "Connected: %n server(s) in this organisation.": [
        "Prisijungta: šioje organizacijoje yra %n serveris.",
        "Prisijungta: šioje organizacijoje yra %n serveriai.",
        "Prisijungta: šioje organizacijoje yra %n serverių.",
    ],
    "Heficed refused access to organisation %1. Check the organisation ID: it is in the Terminal address or the orgId cookie.":
        "Heficed atmetė prieigą prie organizacijos %1. Patikrinkite organizacijos ID: jis yra Terminal adrese "
        "arba slapuke orgId.",

    # Activity
    "&Activity": "&Veikla",
    "%1 of %2: %3": "%1 (%2): %3",
    "A server action failed": "Serverio veiksmas nepavyko",
    "A server action finished": "Serverio veiksmas baigtas",
    "The panel stopped following this action when the session ended.":
        "Seansui pasibaigus, programa nebesekė šio veiksmo.",
    "Sending the request…": "Siunčiama užklausa…",
    "Accepted; waiting for the server to settle…": "Priimta; laukiama, kol serverio būsena nusistovės…",
    "The API accepted the action, but the server is now %1.":
        "API priėmė veiksmą, tačiau dabar serverio būsena: %1.",
    "unknown": "nežinoma",
    "The API accepted the action, but the server was still %1 after %2. Refresh later to see how it ended.":
        "API priėmė veiksmą, tačiau po %2 serverio būsena vis dar buvo: %1. Vėliau atnaujinkite, kad "
        "pamatytumėte, kuo baigėsi.",
    "%1 – %2": "%1 – %2",
    "Copy as &curl": "Kopijuoti kaip &curl",
    "Copy a curl command that repeats this request; set HEFICED_TOKEN to an access token first":
        "Kopijuoti curl komandą, kuri pakartoja šią užklausą; pirmiausia priskirkite HEFICED_TOKEN prieigos "
        "raktą",
    "%1 (reason: %2)": "%1 (priežastis: %2)",
    "%1 after %2": "%1 po %2",
    "(no body)": "(be turinio)",
    "HTTP %1": "HTTP %1",
    "No answer arrived.": "Atsakymas negautas.",
    "Problem: %1": "Problema: %1",
    "(the body of an error answer is not kept)": "(klaidos atsakymo turinys nesaugomas)",
    "Activity": "Veikla",
    "&Details…": "&Išsamiau…",
    "Show the request and the response of the selected action": "Rodyti pasirinkto veiksmo užklausą ir atsakymą",
    "Copy as c&url": "Kopijuoti kaip c&url",
    "Copy a curl command that repeats the selected request, with the token as $HEFICED_TOKEN":
        "Kopijuoti curl komandą, kuri pakartoja pasirinktą užklausą, su prieigos raktu kaip $HEFICED_TOKEN",
    "E&xport…": "E&ksportuoti…",
    "Save the activity of this organisation as a JSON Lines file":
        "Įrašyti šios organizacijos veiklą kaip JSON Lines failą",
    "C&lear History…": "Iš&valyti istoriją…",
    "Delete the stored activity of this organisation": "Ištrinti išsaugotą šios organizacijos veiklą",
    "Copied a curl command for %1; set HEFICED_TOKEN before running it.":
        "Nukopijuota %1 curl komanda; prieš ją vykdydami, nustatykite HEFICED_TOKEN.",
    "Export Activity": "Eksportuoti veiklą",
    "JSON Lines (*.jsonl);;All files (*)": "JSON Lines (*.jsonl);;Visi failai (*)",
    "Saved the activity to %1.": "Veikla įrašyta į %1.",
    "Could not save the activity to %1: %2": "Nepavyko įrašyti veiklos į %1: %2",
    "Clear Activity History": "Išvalyti veiklos istoriją",
    "Delete the stored activity of this organisation? This cannot be undone.":
        "Ištrinti išsaugotą šios organizacijos veiklą? To atšaukti nebus galima.",
    "Clear History": "Išvalyti istoriją",
    "The activity history was cleared.": "Veiklos istorija išvalyta.",
    "Reason: %1": "Priežastis: %1",
    "Time": "Laikas",
    "Server": "Serveris",
    "Action": "Veiksmas",
    ("State", "state of a server action"): "Būsena",
    ("HTTP", "HTTP status column"): "HTTP",
    "Message": "Pranešimas",
    "Duration": "Trukmė",
    "%1 s": "%1 s",
    "%1 min %2 s": "%1 min. %2 s",

    # Additional IP addresses
    "IPv%1": "IPv%1",
    "Routed to this server already. Select it and choose Unroute to take it back.":
        "Jau nukreiptas į šį serverį. Pasirinkite jį ir spustelėkite „Atšaukti nukreipimą“, kad jį "
        "grąžintumėte.",
    "Routing it here moves it away from server %1.": "Nukreipus jį čia, jis bus atimtas iš serverio %1.",
    "Not routed": "Nenukreiptas",
    "This server": "Šis serveris",
    "This server (%1)": "Šis serveris (%1)",
    "Server %1": "Serveris %1",
    "Address": "Adresas",
    ("Family", "IPv4 or IPv6"): "Versija",
    "Location": "Vieta",
    "Routed to": "Nukreiptas į",
    "Route %1 to %2": "Nukreipti %1 į %2",
    "Take %1 back from %2": "Grąžinti %1 iš %2",
    "The extra CA certificate file %1 could not be read as PEM certificates.":
        "Papildomo CA sertifikatų failo %1 nepavyko perskaityti kaip PEM sertifikatų.",
    "Route IP Addresses: %1": "IP adresų nukreipimas: %1",
    "Check the additional addresses to route to %1 (ID %2) in %3. Addresses already routed to it have no checkbox: select one and choose Unroute to take it back.":
        "Pažymėkite papildomus adresus, kuriuos norite nukreipti į %1 (ID %2) vietovėje %3. Jau nukreipti "
        "adresai neturi žymimojo langelio: pasirinkite adresą ir spustelėkite „Atšaukti nukreipimą“, kad jį "
        "grąžintumėte.",
    "Loading the organisation's additional addresses…": "Įkeliami organizacijos papildomi adresai…",
    "Could not load the additional addresses. %1": "Nepavyko įkelti papildomų adresų. %1",
    "Shown: %1, routed to this server: %2.": "Rodoma: %1, nukreipta į šį serverį: %2.",
    "Routing %1…": "Nukreipiama: %1…",
    "Could not take %1 back from %2, so nothing was routed to this server. %3":
        "Nepavyko grąžinti %1 iš %2, todėl į šį serverį nieko nenukreipta. %3",
    "Could not route %1 to this server. %2": "Nepavyko nukreipti %1 į šį serverį. %2",
    "Routed to this server: %1.": "Nukreipta į šį serverį: %1.",
    "Taking %1 back…": "Grąžinama: %1…",
    "Taken back from this server: %1.": "Grąžinta iš šio serverio: %1.",
    "Could not take %1 back from this server. %2": "Nepavyko grąžinti %1 iš šio serverio. %2",
    "Routing moves %1 away from %2.": "Nukreipus %1 bus atimti iš %2.",
    "Not in this server's location: %1. The API may refuse to route it here.":
        "Ne šio serverio vietovėje: %1. API gali atsisakyti juos čia nukreipti.",
    "Try again": "Bandyti dar kartą",
    "Route &IP Addresses…": "Nukreipti &IP adresus…",
    "IP S&witch Subnets…": "IP S&witch potinkliai…",
    "Route the organisation's additional IP addresses to the selected server":
        "Nukreipti organizacijos papildomus IP adresus į pasirinktą serverį",
    "Route IPs": "Nukreipti IP",
    "Subnets": "Potinkliai",
    "The organisation's API key is not set up for IP Switch (ipswitch). Add the service in the organisation's settings to manage subnets.":
        "Organizacijos API raktas nenustatytas IP Switch (ipswitch) paslaugai. Norėdami tvarkyti potinklius, "
        "pridėkite šią paslaugą organizacijos nustatymuose.",
    "Route, release and move IP Switch subnets for the selected server":
        "Nukreipti, atlaisvinti ir perkelti pasirinkto serverio IP Switch potinklius",
    "server %1": "serveris %1",
    "Access denied (403): the API key may not use %1, or the organisation ID is not yours. Enable the service for the key under API > API keys in the Heficed Terminal.":
        "Prieiga uždrausta (403): API raktui gali būti neleidžiama naudoti %1 arba organizacijos ID nėra "
        "jūsų. Įjunkite paslaugą raktui Heficed Terminal skiltyje API > API keys.",
    "Route IP Addresses": "IP adresų nukreipimas",
    "Additional IP addresses": "Papildomi IP adresai",
    "Show addresses in &all locations": "Rodyti &visų vietovių adresus",
    "Addresses are normally routed to servers in their own location.":
        "Adresai paprastai nukreipiami į tos pačios vietovės serverius.",
    "Warning": "Įspėjimas",
    "Error": "Klaida",
    "Status": "Būsena",
    "&Unroute": "&Atšaukti nukreipimą",
    "Take the selected addresses back from this server": "Grąžinti pasirinktus adresus iš šio serverio",
    "&Route": "&Nukreipti",
    "Route the checked addresses to this server in one request":
        "Nukreipti pažymėtus adresus į šį serverį viena užklausa",

    # Server actions
    ("%1, %2", "server, its status"): "%1, %2",
    "Stop Servers": "Serverių stabdymas",
    "Stop %1? Its operating system is asked to shut down.":
        "Sustabdyti %1? Jo operacinei sistemai bus nurodyta išsijungti.",
    "Stop these %n servers? Their operating systems are asked to shut down.": [
        "Sustabdyti šiuos %n serverį? Jų operacinėms sistemoms bus nurodyta išsijungti.",
        "Sustabdyti šiuos %n serverius? Jų operacinėms sistemoms bus nurodyta išsijungti.",
        "Sustabdyti šiuos %n serverių? Jų operacinėms sistemoms bus nurodyta išsijungti.",
    ],
    "Stop": "Sustabdyti",
    "Stop %n Servers": ["Sustabdyti %n serverį", "Sustabdyti %n serverius", "Sustabdyti %n serverių"],
    "Force Stop Servers": "Priverstinis serverių stabdymas",
    "Cut the power of %1? Data not yet written to disk is lost.":
        "Atjungti %1 maitinimą? Dar į diską neįrašyti duomenys bus prarasti.",
    "Cut the power of these %n servers? Data not yet written to disk is lost.": [
        "Atjungti šių %n serverio maitinimą? Dar į diską neįrašyti duomenys bus prarasti.",
        "Atjungti šių %n serverių maitinimą? Dar į diską neįrašyti duomenys bus prarasti.",
        "Atjungti šių %n serverių maitinimą? Dar į diską neįrašyti duomenys bus prarasti.",
    ],
    "Force Stop": "Priverstinai sustabdyti",
    "Force Stop %n Servers": [
        "Priverstinai sustabdyti %n serverį",
        "Priverstinai sustabdyti %n serverius",
        "Priverstinai sustabdyti %n serverių",
    ],
    "Reboot Servers": "Serverių perkrovimas",
    "Reboot %1?": "Perkrauti %1?",
    "Reboot these %n servers?": [
        "Perkrauti šiuos %n serverį?",
        "Perkrauti šiuos %n serverius?",
        "Perkrauti šiuos %n serverių?",
    ],
    "Reboot": "Perkrauti",
    "Reboot %n Servers": ["Perkrauti %n serverį", "Perkrauti %n serverius", "Perkrauti %n serverių"],
    "Force Reboot Servers": "Priverstinis serverių perkrovimas",
    "Reset %1 at once, like pressing its reset button? Data not yet written to disk is lost.":
        "Nedelsiant atstatyti %1, tarsi paspaudus jo atstatymo mygtuką? Dar į diską neįrašyti duomenys bus "
        "prarasti.",
    "Reset these %n servers at once? Data not yet written to disk is lost.": [
        "Nedelsiant atstatyti šiuos %n serverį? Dar į diską neįrašyti duomenys bus prarasti.",
        "Nedelsiant atstatyti šiuos %n serverius? Dar į diską neįrašyti duomenys bus prarasti.",
        "Nedelsiant atstatyti šiuos %n serverių? Dar į diską neįrašyti duomenys bus prarasti.",
    ],
    "Force Reboot": "Priverstinai perkrauti",
    "Force Reboot %n Servers": [
        "Priverstinai perkrauti %n serverį",
        "Priverstinai perkrauti %n serverius",
        "Priverstinai perkrauti %n serverių",
    ],
    "Enter Rescue Mode": "Įjungti gelbėjimo režimą",
    "Reboot %1 into rescue mode?": "Perkrauti %1 į gelbėjimo režimą?",
    "Reboot these %n servers into rescue mode?": [
        "Perkrauti šiuos %n serverį į gelbėjimo režimą?",
        "Perkrauti šiuos %n serverius į gelbėjimo režimą?",
        "Perkrauti šiuos %n serverių į gelbėjimo režimą?",
    ],
    "Leave Rescue Mode": "Išjungti gelbėjimo režimą",
    "Reboot %1 back into its own system?": "Perkrauti %1 atgal į jo paties sistemą?",
    "Reboot these %n servers back into their own systems?": [
        "Perkrauti šiuos %n serverį atgal į jų pačių sistemas?",
        "Perkrauti šiuos %n serverius atgal į jų pačių sistemas?",
        "Perkrauti šiuos %n serverių atgal į jų pačių sistemas?",
    ],
    "&Start": "&Paleisti",
    "Start the selected servers": "Paleisti pasirinktus serverius",
    "S&top": "&Sustabdyti",
    "Shut the selected servers down": "Išjungti pasirinktus serverius",
    "&Force Stop": "Priverstinai s&ustabdyti",
    "Cut the power of the selected servers": "Atjungti pasirinktų serverių maitinimą",
    "&Reboot": "Pe&rkrauti",
    "Reboot the selected servers": "Perkrauti pasirinktus serverius",
    "Force Re&boot": "Priverstinai perkrau&ti",
    "Reset the selected servers at once": "Nedelsiant atstatyti pasirinktus serverius",
    "&Enter Rescue Mode": "Įjungti &gelbėjimo režimą",
    "Reboot the selected servers into rescue mode": "Perkrauti pasirinktus serverius į gelbėjimo režimą",
    "&Leave Rescue Mode": "Iš&jungti gelbėjimo režimą",
    "Reboot the selected servers back into their own systems":
        "Perkrauti pasirinktus serverius atgal į jų pačių sistemas",
    "&Cancel Server…": "&Atsisakyti serverio…",
    "Cancel Server": "Atsisakyti serverio",
    "Cancel the selected servers, now or at the end of the billing period (%1)":
        "Atsisakyti pasirinktų serverių iš karto arba atsiskaitymo laikotarpio pabaigoje (%1)",
    "&Server": "&Serveris",
    "Rescue Mode": "Gelbėjimo režimas",
    "Rescue": "Gelbėjimas",
    "Rescue mode: enter or leave it": "Gelbėjimo režimas: įjungti arba išjungti",
    "One other selected server is left alone: its state does not allow this.":
        "Dar vienas pasirinktas serveris paliekamas nepaliestas: jo būsena to neleidžia.",
    "%n other selected servers are left alone: their state does not allow this.": [
        "Dar %n pasirinktas serveris paliekamas nepaliestas: jo būsena to neleidžia.",
        "Dar %n pasirinkti serveriai paliekami nepaliesti: jų būsena to neleidžia.",
        "Dar %n pasirinktų serverių paliekama nepaliesta: jų būsena to neleidžia.",
    ],
    "Cancel Servers": "Serverių atsisakymas",
    "Cancel %1? An immediate cancellation destroys the server and its data; this cannot be undone.":
        "Atsisakyti %1? Atsisakius iš karto, serveris ir jo duomenys sunaikinami; to atšaukti nebus galima.",
    "Cancel these %n servers? An immediate cancellation destroys them and their data; this cannot be undone.": [
        "Atsisakyti šių %n serverio? Atsisakius iš karto, jie ir jų duomenys sunaikinami; to atšaukti nebus "
        "galima.",
        "Atsisakyti šių %n serverių? Atsisakius iš karto, jie ir jų duomenys sunaikinami; to atšaukti nebus "
        "galima.",
        "Atsisakyti šių %n serverių? Atsisakius iš karto, jie ir jų duomenys sunaikinami; to atšaukti nebus "
        "galima.",
    ],
    "Cancel %n Servers": ["Atsisakyti %n serverio", "Atsisakyti %n serverių", "Atsisakyti %n serverių"],
    "Keep Server": "Palikti serverį",
    "Keep Servers": "Palikti serverius",
    "One other selected server is left alone: it is already being cancelled.":
        "Dar vienas pasirinktas serveris paliekamas nepaliestas: jo jau atsisakoma.",
    "%n other selected servers are left alone: they are already being cancelled.": [
        "Dar %n pasirinktas serveris paliekamas nepaliestas: jo jau atsisakoma.",
        "Dar %n pasirinkti serveriai paliekami nepaliesti: jų jau atsisakoma.",
        "Dar %n pasirinktų serverių paliekama nepaliesta: jų jau atsisakoma.",
    ],
    "%1 was sent; the panel follows the server until its status settles.":
        "„%1“ išsiųsta; programa seka serverį, kol jo būsena nusistovės.",

    # Server details
    "Yes": "Taip",
    "No": "Ne",
    "%1 GB": "%1 GB",
    "%1 MB": "%1 MB",
    ("Monthly", "billing type"): "Kas mėnesį",
    ("Hourly", "billing type"): "Kas valandą",
    "Effective %1": "Įsigalioja %1",
    "%1 (effective %2)": "%1 (įsigalioja %2)",
    # Both end "The clipboard is cleared in %2.", which takes the genitive: "po 1 sekundės".
    "1 second": "1 sekundės",
    "%n seconds": ["%n sekundės", "%n sekundžių", "%n sekundžių"],
    "the hostname": "mazgo vardas",
    "the server ID": "serverio ID",
    "%n servers selected.": ["Pasirinktas %n serveris.", "Pasirinkti %n serveriai.", "Pasirinkta %n serverių."],
    "Select a server to see its details.": "Pasirinkite serverį, kad pamatytumėte jo informaciją.",
    "Copy %1": "Kopijuoti %1",
    "Disk %1: %2": "Diskas %1: %2",
    "%1 per hour": "%1 per valandą",
    "Hide": "Slėpti",
    "Reveal": "Rodyti",
    "Hide the root password": "Slėpti root slaptažodį",
    "Show the root password": "Rodyti root slaptažodį",
    "Copied the root password of %1. The clipboard is cleared in %2.":
        "Nukopijuotas %1 root slaptažodis. Iškarpinė bus išvalyta po %2.",
    "Copied %1.": "Nukopijuota: %1.",
    "Server details": "Serverio informacija",
    "General": "Bendra",
    "Hostname:": "Mazgo vardas:",
    "Hostname": "Mazgo vardas",
    "Copy the hostname": "Kopijuoti mazgo vardą",
    "Copy": "Kopijuoti",
    "ID:": "ID:",
    "Server ID": "Serverio ID",
    "Copy the server ID": "Kopijuoti serverio ID",
    "Status:": "Būsena:",
    "Type:": "Tipas:",
    "Type": "Tipas",
    "Location:": "Vieta:",
    "Rescue mode:": "Gelbėjimo režimas:",
    "Rescue mode": "Gelbėjimo režimas",
    "CPU limited:": "CPU apribotas:",
    "CPU limited": "CPU apribotas",
    "Network limited:": "Tinklas apribotas:",
    "Network limited": "Tinklas apribotas",
    "Root password:": "Root slaptažodis:",
    "Root password": "Root slaptažodis",
    "Copy the root password; the clipboard is cleared again after 30 seconds":
        "Kopijuoti root slaptažodį; po 30 sekundžių iškarpinė vėl išvaloma",
    "Network": "Tinklas",
    "IPv4 address:": "IPv4 adresas:",
    "IPv4 address": "IPv4 adresas",
    "Copy the IPv4 address": "Kopijuoti IPv4 adresą",
    "IPv4 netmask:": "IPv4 tinklo kaukė:",
    "IPv4 netmask": "IPv4 tinklo kaukė",
    "IPv4 gateway:": "IPv4 tinklų sietuvas:",
    "IPv4 gateway": "IPv4 tinklų sietuvas",
    "IPv4 resolvers:": "IPv4 DNS serveriai:",
    "IPv4 resolvers": "IPv4 DNS serveriai",
    "IPv6 address:": "IPv6 adresas:",
    "IPv6 address": "IPv6 adresas",
    "Copy the IPv6 address": "Kopijuoti IPv6 adresą",
    "IPv6 netmask:": "IPv6 tinklo kaukė:",
    "IPv6 netmask": "IPv6 tinklo kaukė",
    "IPv6 gateway:": "IPv6 tinklų sietuvas:",
    "IPv6 gateway": "IPv6 tinklų sietuvas",
    "IPv6 resolvers:": "IPv6 DNS serveriai:",
    "IPv6 resolvers": "IPv6 DNS serveriai",
    "Additional:": "Papildomi:",
    "Additional addresses": "Papildomi adresai",
    "IP addresses:": "IP adresai:",
    "Number of IP addresses": "IP adresų skaičius",
    "OS template": "OS šablonas",
    "Name:": "Pavadinimas:",
    "Template name": "Šablono pavadinimas",
    "Template ID": "Šablono ID",
    "Version:": "Versija:",
    "Template version": "Šablono versija",
    "Size:": "Dydis:",
    "Template size": "Šablono dydis",
    "Created:": "Sukurtas:",
    "Template created": "Šablono sukūrimo data",
    "Template location": "Šablono vieta",
    "Template type": "Šablono tipas",
    "ISO:": "ISO:",
    "Mounted ISO": "Prijungtas ISO",
    "Hardware": "Aparatinė įranga",
    "vCPU:": "vCPU:",
    "Virtual CPUs": "Virtualūs CPU",
    "Memory:": "Atmintis:",
    "Memory": "Atmintis",
    "Disk:": "Diskas:",
    "Disk": "Diskas",
    "Additional disks:": "Papildomi diskai:",
    "Additional disks": "Papildomi diskai",
    "Backups:": "Atsarginės kopijos:",
    "Backups": "Atsarginės kopijos",
    "Billing": "Atsiskaitymas",
    "Product:": "Produktas:",
    "Product": "Produktas",
    "Billing type": "Atsiskaitymo tipas",
    "Billing status": "Atsiskaitymo būsena",
    "Price:": "Kaina:",
    "Price": "Kaina",
    "Hourly rate:": "Valandinis tarifas:",
    "Hourly spending rate": "Valandinės išlaidos",
    "Period:": "Laikotarpis:",
    "Billing period": "Atsiskaitymo laikotarpis",
    "Invoice:": "Sąskaita faktūra:",
    "Invoice": "Sąskaita faktūra",
    "SLA:": "SLA:",
    "Service level agreement": "Paslaugų lygio sutartis",
    "Cancellation:": "Atsisakymas:",
    "Cancellation request": "Atsisakymo prašymas",

    # Server list
    "The servers could not be written to %1: %2": "Nepavyko įrašyti serverių į %1: %2",
    "Filter by status": "Filtruoti pagal būseną",
    "Show only servers with this status": "Rodyti tik šios būsenos serverius",
    "Filter by location": "Filtruoti pagal vietą",
    "Show only servers at this location": "Rodyti tik šios vietos serverius",
    "All statuses": "Visos būsenos",
    "All locations": "Visos vietos",
    "%1 (additional)": "%1 (papildomas)",
    ("ID", "server ID column"): "ID",
    "IPv4": "IPv4",
    "IPv6": "IPv6",
    ("Template", "operating system template column"): "Šablonas",
    ("vCPU", "virtual CPU count column"): "vCPU",
    ("Billing", "monthly or hourly billing column"): "Atsiskaitymas",
    "Paid until": "Apmokėta iki",
    "%1, in rescue mode": "%1, gelbėjimo režimas",
    "running": "veikia",
    "stopped": "sustabdytas",
    "starting": "paleidžiamas",
    "stopping": "stabdomas",
    "rebooting": "perkraunamas",
    "pending": "laukiama",
    "suspended": "suspenduotas",

    # Session
    "There is no organisation named “%1”, so %2 is shown. Add it with Organisation > Add Organisation.":
        "Organizacijos „%1“ nėra, todėl rodoma %2. Pridėkite ją per Organizacija > Pridėti organizaciją.",
    "Reading the credentials of %1 from the keychain…": "Iš raktų saugyklos skaitomi %1 prisijungimo duomenys…",
    "No credentials are stored for %1.": "%1 prisijungimo duomenys neišsaugoti.",
    "The credentials of %1 could not be read from the keychain.":
        "Nepavyko perskaityti %1 prisijungimo duomenų iš raktų saugyklos.",
    "Continue for This Session Only": "Tęsti tik šiam seansui",
    "Enter the credentials of %1 to use them for this session.":
        "Įveskite %1 prisijungimo duomenis, kad galėtumėte juos naudoti šiame seanse.",
    "The keychain cannot be used, so the organisation ID and client secret you enter now are kept in memory until the panel closes.":
        "Raktų saugyklos naudoti negalima, todėl dabar įvesti organizacijos ID ir kliento slaptasis raktas "
        "bus laikomi atmintyje, kol programa bus užverta.",

    # Subnets
    "Release": "Atlaisvinti",
    "Wait for the release to settle": "Laukti, kol atlaisvinimas nusistovės",
    "Route": "Nukreipti",
    ("%1 s", "seconds"): "%1 s",
    "Cancelled.": "Atšaukta.",
    "The move was cancelled. %1 is released and routed nowhere now.":
        "Perkėlimas atšauktas. %1 atlaisvintas ir dabar niekur nenukreiptas.",
    "Releasing %1 from %2…": "%1 atlaisvinamas iš %2…",
    "Could not release %1; it stays where it was. %2": "Nepavyko atlaisvinti %1; jis lieka ten, kur buvo. %2",
    "Released from %1.": "Atlaisvintas iš %1.",
    "Waiting %1 for the release to settle…": "Laukiama %1, kol atlaisvinimas nusistovės…",
    "Waited %1.": "Palaukta %1.",
    "Routing %1 to %2…": "%1 nukreipiamas į %2…",
    "%1 was released but could not be routed to %2, so it is routed nowhere now. %3":
        "%1 atlaisvintas, bet jo nepavyko nukreipti į %2, todėl dabar jis niekur nenukreiptas. %3",
    "Routed to %1.": "Nukreiptas į %1.",
    "Moved %1 from %2 to %3.": "%1 perkeltas iš %2 į %3.",
    "Route subnet %1 to %2": "Nukreipti potinklį %1 į %2",
    "Release subnet %1 from %2": "Atlaisvinti potinklį %1 iš %2",
    "%1 to %2": "%1–%2",
    "Subnet": "Potinklis",
    "Addresses": "Adresai",
    ("waiting", "move step"): "laukia",
    ("in progress", "move step"): "vykdoma",
    ("done", "move step"): "atlikta",
    ("failed", "move step"): "nepavyko",
    ("skipped", "move step"): "praleista",
    "IP Switch Subnets: %1": "IP Switch potinkliai: %1",
    "The organisation's IP Switch subnets. Select one to route it to %1 (ID %2), to release it from this server, or to move it here from another server. A subnet's parts are read when you expand it.":
        "Organizacijos IP Switch potinkliai. Pasirinkite potinklį, kad nukreiptumėte jį į %1 (ID %2), "
        "atlaisvintumėte iš šio serverio arba perkeltumėte čia iš kito serverio. Potinklio dalys nuskaitomos, "
        "kai jį išskleidžiate.",
    "Reading subnets…": "Skaitomi potinkliai…",
    "Routing %1 to this server…": "%1 nukreipiamas į šį serverį…",
    "Releasing %1 from this server…": "%1 atlaisvinamas iš šio serverio…",
    "Could not release %1 from this server. %2": "Nepavyko atlaisvinti %1 iš šio serverio. %2",
    "Routed %1 to this server.": "%1 nukreiptas į šį serverį.",
    "Released %1 from this server.": "%1 atlaisvintas iš šio serverio.",
    "Moving %1 from %2 to this server: release, wait %3 for the release to settle, then route.":
        "%1 perkeliamas iš %2 į šį serverį: atlaisvinti, palaukti %3, kol atlaisvinimas nusistovės, tada "
        "nukreipti.",
    "Moving %1…": "Perkeliamas %1…",
    ("%1: %2", "move step: message"): "%1: %2",
    "Could not read the subnets. %1": "Nepavyko nuskaityti potinklių. %1",
    "A move is under way. Wait until it ends, so that the subnet is not left released.":
        "Vyksta perkėlimas. Palaukite, kol jis baigsis, kad potinklis neliktų atlaisvintas.",
    "IP Switch Subnets": "IP Switch potinkliai",
    "Move": "Perkėlimas",
    "Move progress": "Perkėlimo eiga",
    "Move steps": "Perkėlimo žingsniai",
    "Re&lease": "&Atlaisvinti",
    "Release the selected subnet from this server": "Atlaisvinti pasirinktą potinklį iš šio serverio",
    "&Move Here": "&Perkelti čia",
    "Release the selected subnet from its server, wait for it to settle, and route it to this server":
        "Atlaisvinti pasirinktą potinklį iš jo serverio, palaukti, kol tai nusistovės, ir nukreipti jį į šį "
        "serverį",
    "&Route to This Server": "&Nukreipti į šį serverį",
    "Route the selected subnet to this server": "Nukreipti pasirinktą potinklį į šį serverį",

    # Keychain
    "You can also continue with the credentials kept for this session only.":
        "Taip pat galite tęsti su prisijungimo duomenimis, laikomais tik šiam seansui.",
    "No keychain service (Secret Service) is running: install and start gnome-keyring or KWallet, or continue with the credentials kept for this session only.":
        "Neveikia jokia raktų saugyklos tarnyba (Secret Service): įdiekite ir paleiskite gnome-keyring arba "
        "KWallet arba tęskite su prisijungimo duomenimis, laikomais tik šiam seansui.",
    "The keychain was not unlocked: the prompt was cancelled. Try again and unlock it. ":
        "Raktų saugykla neatrakinta: užklausa atšaukta. Bandykite dar kartą ir ją atrakinkite. ",
    "The keychain is locked or refused access. Unlock it (your login keyring or wallet) and try again. ":
        "Raktų saugykla užrakinta arba atmetė prieigą. Atrakinkite ją (savo prisijungimo raktų rinkinį arba "
        "piniginę) ir bandykite dar kartą. ",
    "The keychain could not read the credentials (%1). Try again.":
        "Raktų saugyklai nepavyko perskaityti prisijungimo duomenų (%1). Bandykite dar kartą.",
    "The keychain could not store the credentials (%1). Try again.":
        "Raktų saugyklai nepavyko išsaugoti prisijungimo duomenų (%1). Bandykite dar kartą.",
    "The keychain could not delete the credentials (%1). Remove the entry with your keychain tool.":
        "Raktų saugyklai nepavyko ištrinti prisijungimo duomenų (%1). Pašalinkite įrašą savo raktų saugyklos "
        "programa.",
    "The keychain holds no credentials for %1. Enter the organisation ID and client secret again.":
        "Raktų saugykloje nėra %1 prisijungimo duomenų. Dar kartą įveskite organizacijos ID ir kliento "
        "slaptąjį raktą.",
    "The keychain entry for %1 cannot be read. Enter the organisation ID and client secret again.":
        "%1 įrašo raktų saugykloje perskaityti negalima. Dar kartą įveskite organizacijos ID ir kliento "
        "slaptąjį raktą.",
    "The credentials for %1 are kept for this session only and have not been entered yet. Enter them again.":
        "%1 prisijungimo duomenys laikomi tik šiam seansui ir dar nebuvo įvesti. Įveskite juos dar kartą.",

    # Main window
    "Or&ganisation:": "Or&ganizacija:",
    "Organisation": "Organizacija",
    "The organisation whose servers are shown": "Organizacija, kurios serveriai rodomi",
    "None yet": "Dar nėra",
    "Search hostname, ID, IP address or template": "Ieškoti pagal mazgo vardą, ID, IP adresą ar šabloną",
    "Search servers": "Ieškoti serverių",
    "Loading servers": "Įkeliami serveriai",
    "Loading %v of %m": "Įkeliama %v iš %m",
    "%1 – Heficed Panel": "%1 – Heficed Panel",
    "The credentials of %1 are incomplete: the organisation ID, the client ID and the client secret are all needed.":
        "%1 prisijungimo duomenys neišsamūs: reikia organizacijos ID, kliento ID ir kliento slaptojo rakto.",
    "Heficed Panel": "Heficed Panel",
    "No organisation is configured yet, so there are no servers to show.":
        "Dar nenustatyta jokia organizacija, todėl nėra ką rodyti.",
    "The organisation %1 is not configured yet, so there are no servers to show.":
        "Organizacija %1 dar nenustatyta, todėl nėra ką rodyti.",
    "%1 of 1 server": "%1 iš 1 serverio",
    ("%1 of %n servers", "shown of all servers"): ["%1 iš %n serverio", "%1 iš %n serverių", "%1 iš %n serverių"],
    ("%1 · stale since %2", "server count · time of the last good load"): "%1 · pasenę nuo %2",
    "The list could not be refreshed: it shows the servers as they were at %1.":
        "Sąrašo nepavyko atnaujinti: jame rodomi serveriai tokie, kokie buvo %1.",
    "Not connected to an organisation.": "Neprisijungta prie organizacijos.",
    "Loading the servers of %1…": "Įkeliami organizacijos %1 serveriai…",
    "%1 has no cloud servers yet.": "%1 dar neturi debesijos serverių.",
    "The servers of %1 could not be loaded.": "Nepavyko įkelti organizacijos %1 serverių.",
    "%1 has no IP address to copy.": "%1 neturi IP adreso, kurį būtų galima nukopijuoti.",
    "Copied %1 (%2).": "Nukopijuota: %1 (%2).",
    "Export Servers": "Eksportuoti serverius",
    "CSV files (*.csv)": "CSV failai (*.csv)",
    "JSON files (*.json)": "JSON failai (*.json)",
    ("servers.csv", "default export file name"): "serveriai.csv",
    "Exported 1 server to %1.": "1 serveris eksportuotas į %1.",
    "Exported %n servers to %1.": [
        "%n serveris eksportuotas į %1.",
        "%n serveriai eksportuoti į %1.",
        "%n serverių eksportuota į %1.",
    ],
    "About Heficed Panel": "Apie Heficed Panel",
    "Notice": "Pranešimas",
    "&Try Again": "&Bandyti dar kartą",
    "&Retry": "&Kartoti",
    "Retry loading the servers": "Dar kartą įkelti serverius",
    "Cloud servers": "Debesijos serveriai",
    "&File": "&Failas",
    "&Organisation": "&Organizacija",
    "&View": "&Rodinys",
    "&Help": "&Pagalba",
    "Main toolbar": "Pagrindinė įrankių juosta",
    "&Refresh": "&Atnaujinti",
    "Load the server list again (F5)": "Iš naujo įkelti serverių sąrašą (F5)",
    "&Find": "&Ieškoti",
    "Search the servers (Ctrl+F)": "Ieškoti serverių (Ctrl+F)",
    "&Copy IP Address": "&Kopijuoti IP adresą",
    "Copy the main IP address of the selected server": "Kopijuoti pagrindinį pasirinkto serverio IP adresą",
    "&Export…": "&Eksportuoti…",
    "Save the servers shown as CSV or JSON": "Įrašyti rodomus serverius CSV arba JSON formatu",
    "&Quit": "&Baigti",
    "&Add Organisation…": "&Pridėti organizaciją…",
    "Add the API credentials of another organisation": "Pridėti kitos organizacijos API prisijungimo duomenis",
    "&Edit Organisation…": "&Redaguoti organizaciją…",
    "Change the credentials or services of the open organisation":
        "Keisti atvertos organizacijos prisijungimo duomenis ar paslaugas",
    "&Manage Organisations…": "&Tvarkyti organizacijas…",
    "Add, edit, rename and remove organisations": "Pridėti, redaguoti, pervadinti ir šalinti organizacijas",
    "&About Heficed Panel": "&Apie Heficed Panel",

    # Organisations
    "Remove %1? Its organisation ID and client secret are deleted from the keychain as well.":
        "Pašalinti %1? Organizacijos ID ir kliento slaptasis raktas taip pat bus ištrinti iš raktų saugyklos.",
    "%1 was removed, but its keychain entry could not be deleted: %2":
        "Organizacija %1 pašalinta, tačiau jos įrašo raktų saugykloje ištrinti nepavyko: %2",
    "%1 was removed.": "Organizacija %1 pašalinta.",
    "Organisations": "Organizacijos",
    "The organisations you work with. The organisation ID and the client secret of each are kept in your system's keychain. Double-click a name to rename it.":
        "Organizacijos, su kuriomis dirbate. Kiekvienos organizacijos ID ir kliento slaptasis raktas saugomi "
        "jūsų sistemos raktų saugykloje. Norėdami pervadinti, dukart spustelėkite pavadinimą.",
    "&Add…": "&Pridėti…",
    "&Edit…": "&Redaguoti…",
    "Re&name": "Per&vadinti",
    "&Remove…": "Pa&šalinti…",
    "Remove": "Pašalinti",
    "Keep": "Palikti",

    # Activity of routing requests, settings
    "The API accepted the request.": "API priėmė užklausą.",
    "Show or hide the server actions, routing requests and their results":
        "Rodyti arba slėpti serverių veiksmus, nukreipimo užklausas ir jų rezultatus",
    "Server actions, routing requests and their results": "Serverių veiksmai, nukreipimo užklausos ir jų rezultatai",
    "Enter the host name or address of the proxy server.": "Įveskite tarpinio serverio mazgo vardą arba adresą.",
    "The CA certificate file %1 does not exist.": "CA sertifikatų failo %1 nėra.",
    "System language": "Sistemos kalba",
    "Warnings only": "Tik įspėjimai",
    "Information": "Informacija",
    "Debug": "Derinimas",
    "The certificates in this file are trusted.": "Šio failo sertifikatais pasitikima.",
    "Extra CA Certificate": "Papildomas CA sertifikatas",
    "PEM certificates (*.pem *.crt *.cer)": "PEM sertifikatai (*.pem *.crt *.cer)",
    "All files (*)": "Visi failai (*)",
    "Settings": "Nustatymai",
    "Settings pages": "Nustatymų puslapiai",
    "&General": "&Bendrieji",
    "&Refresh the server list every:": "Serverių sąrašą &atnaujinti kas:",
    "Refresh interval in seconds": "Atnaujinimo intervalas sekundėmis",
    "Never": "Niekada",
    (" s", "unit after the refresh interval"): " s",
    "“Never” leaves refreshing to you (View > Refresh, F5). While the window is minimised, or after failed loads, the list refreshes less often.":
        "Pasirinkus „Niekada“, atnaujinate patys (Rodinys > Atnaujinti, F5). Kol langas sumažintas arba po "
        "nepavykusių įkėlimų, sąrašas atnaujinamas rečiau.",
    "&Language:": "&Kalba:",
    "User interface language": "Naudotojo sąsajos kalba",
    "A new language takes effect the next time Heficed Panel starts. The --language command-line option wins over this setting.":
        "Nauja kalba įsigalios kitą kartą paleidus Heficed Panel. Komandinės eilutės parinktis --language "
        "turi pirmenybę prieš šį nustatymą.",
    "Log &messages:": "Žurnalo pra&nešimai:",
    "Log messages": "Žurnalo pranešimai",
    "Log messages go to the standard error output. They never contain a client secret, an access token or a password. The QT_LOGGING_RULES environment variable wins over this setting.":
        "Žurnalo pranešimai rašomi į standartinę klaidų išvestį. Juose niekada nebūna kliento slaptojo rakto, "
        "prieigos rakto ar slaptažodžio. Aplinkos kintamasis QT_LOGGING_RULES turi pirmenybę prieš šį "
        "nustatymą.",
    "&Confirmations": "&Patvirtinimai",
    "Ask for confirmation before these server actions:": "Prieš šiuos serverių veiksmus prašyti patvirtinimo:",
    "Confirmations": "Patvirtinimai",
    "An action you chose not to be asked about again is unticked here. Cancelling a server always asks, and its name must be typed.":
        "Veiksmai, dėl kurių pasirinkote daugiau neklausti, čia nepažymėti. Prieš atsisakant serverio visada "
        "klausiama, ir reikia įvesti jo pavadinimą.",
    "&Ask Before Every Action": "&Klausti prieš kiekvieną veiksmą",
    "&Network": "&Tinklas",
    "Proxy": "Tarpinis serveris",
    "Use the &system’s proxy settings": "Naudoti &sistemos tarpinio serverio nustatymus",
    "&No proxy": "B&e tarpinio serverio",
    "&Manual HTTP proxy:": "&Rankinis HTTP tarpinis serveris:",
    "Proxy host": "Tarpinio serverio mazgas",
    "proxy.example.com": "proxy.example.com",
    "&Port:": "Prie&vadas:",
    "Proxy port": "Tarpinio serverio prievadas",
    "Extra CA certificate": "Papildomas CA sertifikatas",
    "A PEM file whose certificates are trusted in addition to the system’s, for a gateway with a certificate authority of its own. The --extra-ca command-line option wins over this setting.":
        "PEM failas, kurio sertifikatais pasitikima be sistemos sertifikatų, – tinklų sietuvui su nuosava "
        "sertifikatų įstaiga. Komandinės eilutės parinktis --extra-ca turi pirmenybę prieš šį nustatymą.",
    "CA certificate file": "CA sertifikatų failas",
    "No extra certificates": "Papildomų sertifikatų nėra",
    "&Browse…": "&Naršyti…",
    "Choose the CA certificate file": "Pasirinkti CA sertifikatų failą",

    "&Settings…": "&Nustatymai…",
    "Refresh interval, confirmations, language, proxy, certificates and logging":
        "Atnaujinimo intervalas, patvirtinimai, kalba, tarpinis serveris, sertifikatai ir žurnalas",
    "<p><b>Heficed Panel %1</b></p><p>A desktop control panel for Heficed cloud servers.</p><p>Qt %2 · QtKeychain %3</p><p>Heficed Panel is free software, licensed under the <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public License</a>, version 3 or any later version. It comes with no warranty.</p>":
        "<p><b>Heficed Panel %1</b></p><p>Heficed debesijos serverių valdymo programa.</p>"
        "<p>Qt %2 · QtKeychain %3</p><p>Heficed Panel yra laisvoji programinė įranga, licencijuota pagal "
        "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU bendrąją viešąją licenciją</a>, 3 arba "
        "bet kurią vėlesnę versiją. Jokia garantija nesuteikiama.</p>",

    "Client s&ecret:": "Kliento &slaptasis raktas:",
    "Sending %1 for %2; the Activity view shows the result.":
        "„%1“ siunčiama serveriui %2; rezultatas bus rodomas veiklos rodinyje.",
    "Sending %1 for %n servers; the Activity view shows the results.": [
        "„%1“ siunčiama %n serveriui; rezultatai bus rodomi veiklos rodinyje.",
        "„%1“ siunčiama %n serveriams; rezultatai bus rodomi veiklos rodinyje.",
        "„%1“ siunčiama %n serverių; rezultatai bus rodomi veiklos rodinyje.",
    ],
    "The Heficed API did not answer within %n second(s). Try again; on a slow network, start the panel with a longer --timeout.": [
        "Heficed API neatsakė per %n sekundę. Bandykite dar kartą; lėtame tinkle paleiskite programą su "
        "ilgesniu --timeout.",
        "Heficed API neatsakė per %n sekundes. Bandykite dar kartą; lėtame tinkle paleiskite programą su "
        "ilgesniu --timeout.",
        "Heficed API neatsakė per %n sekundžių. Bandykite dar kartą; lėtame tinkle paleiskite programą su "
        "ilgesniu --timeout.",
    ],

    # Qt's standard buttons (translations/qtstrings.cpp): Qt has no Lithuanian catalogue for them.
    "OK": "Gerai",
    "Save": "Įrašyti",
    "Save All": "Įrašyti viską",
    "Open": "Atverti",
    "&Yes": "&Taip",
    "Yes to &All": "Taip &visiems",
    "&No": "&Ne",
    "N&o to All": "N&e visiems",
    "Abort": "Nutraukti",
    "Retry": "Kartoti",
    "Ignore": "Nepaisyti",
    "Close": "Užverti",
    "Cancel": "Atsisakyti",
    "Discard": "Atmesti",
    "Help": "Žinynas",
    "Apply": "Taikyti",
    "Reset": "Atstatyti",
    "Restore Defaults": "Atkurti numatytąsias",
}

CONTEXT_PHRASES = {
    # A table column: the short word keeps the column narrow.
    "Heficed::ServerTableModel": {"Memory": "RAM"},
}
