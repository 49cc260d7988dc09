<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT">
<context>
    <name>ActionRules</name>
    <message>
        <location filename="../src/core/actions/actionrules.cpp" line="+169"/>
        <source>Start</source>
        <comment>server action</comment>
        <translation>Paleisti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <comment>server action</comment>
        <translation>Sustabdyti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force stop</source>
        <comment>server action</comment>
        <translation>Priverstinai sustabdyti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reboot</source>
        <comment>server action</comment>
        <translation>Perkrauti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force reboot</source>
        <comment>server action</comment>
        <translation>Priverstinai perkrauti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter rescue mode</source>
        <comment>server action</comment>
        <translation>Įjungti gelbėjimo režimą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave rescue mode</source>
        <comment>server action</comment>
        <translation>Išjungti gelbėjimo režimą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel immediately</source>
        <comment>server action</comment>
        <translation>Atsisakyti iš karto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel at end of billing period</source>
        <comment>server action</comment>
        <translation>Atsisakyti atsiskaitymo laikotarpio pabaigoje</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>starting…</source>
        <comment>server status while an action runs</comment>
        <translation>paleidžiama…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopping…</source>
        <comment>server status while an action runs</comment>
        <translation>stabdoma…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rebooting…</source>
        <comment>server status while an action runs</comment>
        <translation>perkraunama…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entering rescue…</source>
        <comment>server status while an action runs</comment>
        <translation>įjungiamas gelbėjimo režimas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaving rescue…</source>
        <comment>server status while an action runs</comment>
        <translation>išjungiamas gelbėjimo režimas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelling…</source>
        <comment>server status while an action runs</comment>
        <translation>atsisakoma…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>booking cancellation…</source>
        <comment>server status while an action runs</comment>
        <translation>registruojamas atsisakymas…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server is in rescue mode and %1.</source>
        <translation>Serveriui įjungtas gelbėjimo režimas, būsena: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server left rescue mode and is %1.</source>
        <translation>Serveris išėjo iš gelbėjimo režimo, būsena: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server was cancelled and removed.</source>
        <translation>Serverio atsisakyta, jis pašalintas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server will be cancelled at the end of its billing period.</source>
        <translation>Serverio bus atsisakyta jo atsiskaitymo laikotarpio pabaigoje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is %1.</source>
        <translation>Serverio būsena: %1.</translation>
    </message>
</context>
<context>
    <name>ActivityDetailsDialog</name>
    <message>
        <location filename="../ui/activitydetailsdialog.ui" line="+15"/>
        <source>Action Details</source>
        <translation>Veiksmo informacija</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server:</source>
        <translation>Serveris:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Action:</source>
        <translation>Veiksmas:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outcome:</source>
        <translation>Rezultatas:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent:</source>
        <translation>Išsiųsta:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message:</source>
        <translation>Pranešimas:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Request</source>
        <translation>Užklausa</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Request body</source>
        <translation>Užklausos turinys</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Response</source>
        <translation>Atsakymas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Response body</source>
        <translation>Atsakymo turinys</translation>
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
        <translation>API priėmė užklausą.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>sending</source>
        <comment>action state</comment>
        <translation>siunčiama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepted</source>
        <comment>action state</comment>
        <translation>priimta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <comment>action state</comment>
        <translation>atlikta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <comment>action state</comment>
        <translation>nepavyko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timed out</source>
        <comment>action state</comment>
        <translation>baigėsi laukimo laikas</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../src/core/api/accesstokenprovider.cpp" line="+24"/>
        <source>Heficed did not accept the client ID or client secret. Copy both again from API &gt; API keys in the Heficed Terminal.</source>
        <translation>Heficed nepriėmė kliento ID arba kliento slaptojo rakto. Dar kartą nukopijuokite abu iš Heficed Terminal skilties API &gt; API keys.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API application is not allowed to use the services %1. Enable them for the application in the Heficed Terminal, or untick them here.</source>
        <translation>API programai neleidžiama naudoti paslaugų %1. Įjunkite jas programai Heficed Terminal arba čia nuimkite jų žymes.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="+73"/>
        <source>Could not reach the Heficed API: %1. Check your network connection and the API address.</source>
        <translation>Nepavyko pasiekti Heficed API: %1. Patikrinkite tinklo ryšį ir API adresą.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secure connection was refused: %1. If your network uses its own certificate authority, add its certificate as an extra CA file in the settings.</source>
        <translation>Saugus ryšys atmestas: %1. Jei jūsų tinklas naudoja savo sertifikatų įstaigą, nustatymuose pridėkite jos sertifikatą kaip papildomą CA failą.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The Heficed API did not answer within %n second(s). Try again; on a slow network, start the panel with a longer --timeout.</source>
        <translation>
            <numerusform>Heficed API neatsakė per %n sekundę. Bandykite dar kartą; lėtame tinkle paleiskite programą su ilgesniu --timeout.</numerusform>
            <numerusform>Heficed API neatsakė per %n sekundes. Bandykite dar kartą; lėtame tinkle paleiskite programą su ilgesniu --timeout.</numerusform>
            <numerusform>Heficed API neatsakė per %n sekundžių. Bandykite dar kartą; lėtame tinkle paleiskite programą su ilgesniu --timeout.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request was cancelled.</source>
        <translation>Užklausa atšaukta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Heficed API sent an empty answer where data was expected. Try again in a moment.</source>
        <translation>Heficed API atsiuntė tuščią atsakymą, nors buvo laukiama duomenų. Po akimirkos bandykite dar kartą.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Heficed API answered with a web page instead of data; a gateway or proxy may be failing. Try again in a moment.</source>
        <translation>Heficed API vietoj duomenų atsakė tinklalapiu; gali būti sutrikęs tinklų sietuvas arba tarpinis serveris. Po akimirkos bandykite dar kartą.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Heficed API sent an answer that could not be read (it may have been cut off). Try again in a moment.</source>
        <translation>Heficed API atsiuntė atsakymą, kurio nepavyko perskaityti (galbūt jis nukirstas). Po akimirkos bandykite dar kartą.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 The server said: %2</source>
        <translation>%1 Serveris atsakė: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Heficed API refused the request as invalid (400).</source>
        <translation>Heficed API atmetė užklausą kaip netinkamą (400).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Heficed API did not accept the access token (401). Check the client ID and secret.</source>
        <translation>Heficed API nepriėmė prieigos rakto (401). Patikrinkite kliento ID ir slaptąjį raktą.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access denied (403): the API application may lack the service for this request, or the organisation ID is not yours.</source>
        <translation>Prieiga uždrausta (403): API programai gali trūkti šiai užklausai reikalingos paslaugos arba organizacijos ID nėra jūsų.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found (404): the server or address no longer exists.</source>
        <translation>Nerasta (404): tokio serverio ar adreso nebėra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request conflicts with the current state (409).</source>
        <translation>Užklausa prieštarauja dabartinei būsenai (409).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Heficed API is receiving too many requests (429). Wait a moment and try again.</source>
        <translation>Heficed API gauna per daug užklausų (429). Palaukite akimirką ir bandykite dar kartą.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Heficed API failed (%1). Try again in a moment.</source>
        <translation>Heficed API įvyko klaida (%1). Po akimirkos bandykite dar kartą.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Heficed API answered with HTTP status %1.</source>
        <translation>Heficed API atsakė HTTP būsenos kodu %1.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the connection was refused</source>
        <translation>ryšys atmestas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server closed the connection before answering, and the request was not sent again; check the server&apos;s state before trying again</source>
        <translation>serveris nutraukė ryšį neatsakęs, o užklausa pakartotinai nesiųsta; prieš bandydami dar kartą, patikrinkite serverio būseną</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server closed the connection before answering</source>
        <translation>serveris nutraukė ryšį neatsakęs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host name could not be found</source>
        <translation>mazgo vardas nerastas</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../src/core/appsettings.cpp" line="+156"/>
        <source>Enter the host name or address of the proxy server.</source>
        <translation>Įveskite tarpinio serverio mazgo vardą arba adresą.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>CA sertifikatų failo %1 nėra.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../ui/commandline.cpp" line="+18"/>
        <source>Base URL of the Heficed API (default %1).</source>
        <translation>Heficed API bazinis URL (numatytasis %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>URL of the OAuth token endpoint (default %1).</source>
        <translation>OAuth prieigos raktų galinio taško URL (numatytasis %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the organisation with this name.</source>
        <translation>Atverti šio pavadinimo organizaciją.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Taip pat pasitikėti šio PEM failo CA sertifikatais.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give up on an API request after this many seconds (default 30).</source>
        <translation>Nutraukti API užklausą po tiek sekundžių (numatytasis 30).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this user interface language, e.g. de or lt.</source>
        <translation>Naudoti šią naudotojo sąsajos kalbą, pvz., de arba lt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The value of --%1 is not an http or https URL: %2</source>
        <translation>--%1 reikšmė nėra http ar https URL: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Desktop control panel for Heficed cloud servers.</source>
        <translation>Heficed debesijos serverių valdymo programa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unexpected argument: %1</source>
        <translation>Netikėtas argumentas: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The value of --timeout must be a number of seconds from 1 to 3600: %1</source>
        <translation>--timeout reikšmė turi būti sekundžių skaičius nuo 1 iki 3600: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the CA file %1.</source>
        <translation>Nepavyko perskaityti CA failo %1.</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <location filename="../ui/confirmationdialog.ui" line="+28"/>
        <source>Servers affected</source>
        <translation>Paveikti serveriai</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At the &amp;end of the billing period (the server runs until then)</source>
        <translation>Atsiskaitymo laikotarpio &amp;pabaigoje (iki tol serveris veikia)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Immediately: the server and all its data are destroyed now</source>
        <translation>&amp;Iš karto: serveris ir visi jo duomenys sunaikinami dabar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reason:</source>
        <translation>P&amp;riežastis:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent to Heficed with the cancellation</source>
        <translation>Siunčiama Heficed kartu su atsisakymu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancellation reason</source>
        <translation>Atsisakymo priežastis</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Confirmation text</source>
        <translation>Patvirtinimo tekstas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Don&apos;t ask again</source>
        <translation>&amp;Daugiau neklausti</translation>
    </message>
</context>
<context>
    <name>CredentialInput</name>
    <message>
        <location filename="../src/core/credentials/credentialinput.cpp" line="+69"/>
        <source>Enter the organisation ID.</source>
        <translation>Įveskite organizacijos ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organisation ID is a UUID such as 7bddbff3-2dfb-11e9-895d-c8dbf32f12cd; this is not one.</source>
        <translation>Organizacijos ID yra UUID, pvz., 7bddbff3-2dfb-11e9-895d-c8dbf32f12cd; įvesta reikšmė nėra UUID.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the client ID.</source>
        <translation>Įveskite kliento ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client ID is a UUID of 36 characters; copy it again from API &gt; API keys.</source>
        <translation>Kliento ID yra 36 simbolių UUID; dar kartą nukopijuokite jį iš skilties API &gt; API keys.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the client secret.</source>
        <translation>Įveskite kliento slaptąjį raktą.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client secret contains spaces; copy it again without them.</source>
        <translation>Kliento slaptajame rakte yra tarpų; nukopijuokite jį dar kartą be tarpų.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter a name for the organisation, such as Production.</source>
        <translation>Įveskite organizacijos pavadinimą, pvz., Produkcija.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another organisation is already called %1; choose a different name.</source>
        <translation>Kita organizacija jau vadinasi %1; pasirinkite kitą pavadinimą.</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../ui/credentialsdialog.ui" line="+15"/>
        <source>Organisation Credentials</source>
        <translation>Organizacijos prisijungimo duomenys</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy these values from the Heficed Terminal once. The organisation ID and the client secret are kept in your system&apos;s keychain, never in a settings file.</source>
        <translation>Vieną kartą nukopijuokite šias reikšmes iš Heficed Terminal. Organizacijos ID ir kliento slaptasis raktas saugomi jūsų sistemos raktų saugykloje, niekada – nustatymų faile.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Name:</source>
        <translation>&amp;Pavadinimas:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Production</source>
        <translation>pvz., Produkcija</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your own name for this organisation, shown in the organisation switcher.</source>
        <translation>Jūsų pasirinktas šios organizacijos pavadinimas, rodomas organizacijų perjungiklyje.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Organisation ID:</source>
        <translation>&amp;Organizacijos ID:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>7bddbff3-2dfb-11e9-895d-c8dbf32f12cd</source>
        <translation>7bddbff3-2dfb-11e9-895d-c8dbf32f12cd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation ID</source>
        <translation>Organizacijos ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the Heficed Terminal address, or the orgId cookie of the Terminal. Pasting the whole address or cookie is fine.</source>
        <translation>Heficed Terminal adrese arba Terminal slapuke orgId. Galima įklijuoti visą adresą ar slapuką.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Client ID:</source>
        <translation>&amp;Kliento ID:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client ID</source>
        <translation>Kliento ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the Heficed Terminal under API &gt; API keys.</source>
        <translation>Heficed Terminal skiltyje API &gt; API keys.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Client s&amp;ecret:</source>
        <translation>Kliento &amp;slaptasis raktas:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Client secret</source>
        <translation>Kliento slaptasis raktas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown once, when the API key is created under API &gt; API keys.</source>
        <translation>Rodomas vieną kartą, kai API raktas sukuriamas skiltyje API &gt; API keys.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Services</source>
        <translation>Paslaugos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cloud servers (kronoscloud)</source>
        <translation>Debesijos serveriai (kronoscloud)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;IP Switch (ipswitch)</source>
        <translation>&amp;IP Switch (ipswitch)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick only the services enabled for this API key under API &gt; API keys.</source>
        <translation>Pažymėkite tik tas paslaugas, kurios šiam API raktui įjungtos skiltyje API &gt; API keys.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tikrinti ryšį</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Testing the connection</source>
        <translation>Ryšio tikrinimas</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Keep for This Session Only</source>
        <translation>Laikyti tik šiam seansui</translation>
    </message>
</context>
<context>
    <name>Heficed::ActionCenter</name>
    <message>
        <location filename="../ui/actioncenter.cpp" line="+60"/>
        <source>&amp;Activity</source>
        <translation>&amp;Veikla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the server actions, routing requests and their results</source>
        <translation>Rodyti arba slėpti serverių veiksmus, nukreipimo užklausas ir jų rezultatus</translation>
    </message>
</context>
<context>
    <name>Heficed::ActionNotifier</name>
    <message>
        <location filename="../ui/actionnotifier.cpp" line="+38"/>
        <source>%1 of %2: %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A server action failed</source>
        <translation>Serverio veiksmas nepavyko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A server action finished</source>
        <translation>Serverio veiksmas baigtas</translation>
    </message>
</context>
<context>
    <name>Heficed::ActionRunner</name>
    <message>
        <location filename="../src/core/actions/actionrunner.cpp" line="+43"/>
        <source>The panel stopped following this action when the session ended.</source>
        <translation>Seansui pasibaigus, programa nebesekė šio veiksmo.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sending the request…</source>
        <translation>Siunčiama užklausa…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Accepted; waiting for the server to settle…</source>
        <translation>Priimta; laukiama, kol serverio būsena nusistovės…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The API accepted the action, but the server is now %1.</source>
        <translation>API priėmė veiksmą, tačiau dabar serverio būsena: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown</source>
        <translation>nežinoma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API accepted the action, but the server was still %1 after %2. Refresh later to see how it ended.</source>
        <translation>API priėmė veiksmą, tačiau po %2 serverio būsena vis dar buvo: %1. Vėliau atnaujinkite, kad pamatytumėte, kuo baigėsi.</translation>
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
        <translation>Kopijuoti kaip &amp;curl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy a curl command that repeats this request; set HEFICED_TOKEN to an access token first</source>
        <translation>Kopijuoti curl komandą, kuri pakartoja šią užklausą; pirmiausia priskirkite HEFICED_TOKEN prieigos raktą</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (reason: %2)</source>
        <translation>%1 (priežastis: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 after %2</source>
        <translation>%1 po %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>(no body)</source>
        <translation>(be turinio)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No answer arrived.</source>
        <translation>Atsakymas negautas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(the body of an error answer is not kept)</source>
        <translation>(klaidos atsakymo turinys nesaugomas)</translation>
    </message>
</context>
<context>
    <name>Heficed::ActivityDock</name>
    <message>
        <location filename="../ui/activitydock.cpp" line="+24"/>
        <source>Activity</source>
        <translation>Veikla</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Server actions, routing requests and their results</source>
        <translation>Serverių veiksmai, nukreipimo užklausos ir jų rezultatai</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Details…</source>
        <translation>&amp;Išsamiau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the request and the response of the selected action</source>
        <translation>Rodyti pasirinkto veiksmo užklausą ir atsakymą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as c&amp;url</source>
        <translation>Kopijuoti kaip c&amp;url</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a curl command that repeats the selected request, with the token as $HEFICED_TOKEN</source>
        <translation>Kopijuoti curl komandą, kuri pakartoja pasirinktą užklausą, su prieigos raktu kaip $HEFICED_TOKEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksportuoti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the activity of this organisation as a JSON Lines file</source>
        <translation>Įrašyti šios organizacijos veiklą kaip JSON Lines failą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear History…</source>
        <translation>Iš&amp;valyti istoriją…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the stored activity of this organisation</source>
        <translation>Ištrinti išsaugotą šios organizacijos veiklą</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Copied a curl command for %1; set HEFICED_TOKEN before running it.</source>
        <translation>Nukopijuota %1 curl komanda; prieš ją vykdydami, nustatykite HEFICED_TOKEN.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Activity</source>
        <translation>Eksportuoti veiklą</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Visi failai (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved the activity to %1.</source>
        <translation>Veikla įrašyta į %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save the activity to %1: %2</source>
        <translation>Nepavyko įrašyti veiklos į %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clear Activity History</source>
        <translation>Išvalyti veiklos istoriją</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the stored activity of this organisation? This cannot be undone.</source>
        <translation>Ištrinti išsaugotą šios organizacijos veiklą? To atšaukti nebus galima.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear History</source>
        <translation>Išvalyti istoriją</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The activity history was cleared.</source>
        <translation>Veiklos istorija išvalyta.</translation>
    </message>
</context>
<context>
    <name>Heficed::ActivityModel</name>
    <message>
        <location filename="../src/core/actions/activitymodel.cpp" line="+149"/>
        <source>Reason: %1</source>
        <translation>Priežastis: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Serveris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Veiksmas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <comment>state of a server action</comment>
        <translation>Būsena</translation>
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
        <translation>Pranešimas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Trukmė</translation>
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
        <translation>%1 min. %2 s</translation>
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
        <translation>Jau nukreiptas į šį serverį. Pasirinkite jį ir spustelėkite „Atšaukti nukreipimą“, kad jį grąžintumėte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routing it here moves it away from server %1.</source>
        <translation>Nukreipus jį čia, jis bus atimtas iš serverio %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not routed</source>
        <translation>Nenukreiptas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server</source>
        <translation>Šis serveris</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This server (%1)</source>
        <translation>Šis serveris (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server %1</source>
        <translation>Serveris %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family</source>
        <comment>IPv4 or IPv6</comment>
        <translation>Versija</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routed to</source>
        <translation>Nukreiptas į</translation>
    </message>
</context>
<context>
    <name>Heficed::AdditionalIpService</name>
    <message>
        <location filename="../src/core/routing/additionalipservice.cpp" line="+18"/>
        <source>Cloud servers (kronoscloud)</source>
        <translation>Debesijos serveriai (kronoscloud)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Route %1 to %2</source>
        <translation>Nukreipti %1 į %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take %1 back from %2</source>
        <translation>Grąžinti %1 iš %2</translation>
    </message>
</context>
<context>
    <name>Heficed::ApiClient</name>
    <message>
        <location filename="../src/core/api/apiclient.cpp" line="+84"/>
        <source>The extra CA certificate file %1 could not be read as PEM certificates.</source>
        <translation>Papildomo CA sertifikatų failo %1 nepavyko perskaityti kaip PEM sertifikatų.</translation>
    </message>
</context>
<context>
    <name>Heficed::ConfirmationDialog</name>
    <message>
        <location filename="../ui/confirmationdialog.cpp" line="+85"/>
        <source>Type %1 to confirm:</source>
        <translation>Norėdami patvirtinti, įveskite %1:</translation>
    </message>
</context>
<context>
    <name>Heficed::CredentialsDialog</name>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="+35"/>
        <source>Cloud servers (kronoscloud)</source>
        <translation>Debesijos serveriai (kronoscloud)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP Switch (ipswitch)</source>
        <translation>IP Switch (ipswitch)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The API key is not allowed to use all the ticked services together. Check the services of the key under API &gt; API keys in the Heficed Terminal.</source>
        <translation>API raktui neleidžiama kartu naudoti visų pažymėtų paslaugų. Patikrinkite rakto paslaugas Heficed Terminal skiltyje API &gt; API keys.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key is not allowed to use %1, which the panel needs. Enable it for the key under API &gt; API keys in the Heficed Terminal.</source>
        <translation>API raktui neleidžiama naudoti paslaugos %1, o programai ji reikalinga. Įjunkite ją raktui Heficed Terminal skiltyje API &gt; API keys.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key is not allowed to use %1. Enable it for the key under API &gt; API keys in the Heficed Terminal, or untick it here.</source>
        <translation>API raktui neleidžiama naudoti paslaugos %1. Įjunkite ją raktui Heficed Terminal skiltyje API &gt; API keys arba čia nuimkite jos žymę.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add Organisation</source>
        <translation>Pridėti organizaciją</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>Išs&amp;augoti</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Edit Organisation</source>
        <translation>Redaguoti organizaciją</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the keychain…</source>
        <translation>Skaitoma raktų saugykla…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A secret is stored — type to replace it</source>
        <translation>Slaptasis raktas išsaugotas – įveskite naują, kad jį pakeistumėte</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Testing the connection…</source>
        <translation>Tikrinamas ryšys…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Connected: %n server(s) in this organisation.</source>
        <translation>
            <numerusform>Prisijungta: šioje organizacijoje yra %n serveris.</numerusform>
            <numerusform>Prisijungta: šioje organizacijoje yra %n serveriai.</numerusform>
            <numerusform>Prisijungta: šioje organizacijoje yra %n serverių.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Heficed did not accept the client ID or client secret. Copy both again from API &gt; API keys in the Heficed Terminal.</source>
        <translation>Heficed nepriėmė kliento ID arba kliento slaptojo rakto. Dar kartą nukopijuokite abu iš Heficed Terminal skilties API &gt; API keys.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Heficed refused access to organisation %1. Check the organisation ID: it is in the Terminal address or the orgId cookie.</source>
        <translation>Heficed atmetė prieigą prie organizacijos %1. Patikrinkite organizacijos ID: jis yra Terminal adrese arba slapuke orgId.</translation>
    </message>
</context>
<context>
    <name>Heficed::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+244"/>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganizacija:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation whose servers are shown</source>
        <translation>Organizacija, kurios serveriai rodomi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None yet</source>
        <translation>Dar nėra</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search hostname, ID, IP address or template</source>
        <translation>Ieškoti pagal mazgo vardą, ID, IP adresą ar šabloną</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search servers</source>
        <translation>Ieškoti serverių</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Loading servers</source>
        <translation>Įkeliami serveriai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading %v of %m</source>
        <translation>Įkeliama %v iš %m</translation>
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
        <translation>%1 prisijungimo duomenys neišsamūs: reikia organizacijos ID, kliento ID ir kliento slaptojo rakto.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Heficed Panel</source>
        <translation>Heficed Panel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No organisation is configured yet, so there are no servers to show.</source>
        <translation>Dar nenustatyta jokia organizacija, todėl nėra ką rodyti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation %1 is not configured yet, so there are no servers to show.</source>
        <translation>Organizacija %1 dar nenustatyta, todėl nėra ką rodyti.</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>%1 of 1 server</source>
        <translation>%1 iš 1 serverio</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 of %n servers</source>
        <comment>shown of all servers</comment>
        <translation>
            <numerusform>%1 iš %n serverio</numerusform>
            <numerusform>%1 iš %n serverių</numerusform>
            <numerusform>%1 iš %n serverių</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · stale since %2</source>
        <comment>server count · time of the last good load</comment>
        <translation>%1 · pasenę nuo %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list could not be refreshed: it shows the servers as they were at %1.</source>
        <translation>Sąrašo nepavyko atnaujinti: jame rodomi serveriai tokie, kokie buvo %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not connected to an organisation.</source>
        <translation>Neprisijungta prie organizacijos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the servers of %1…</source>
        <translation>Įkeliami organizacijos %1 serveriai…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no cloud servers yet.</source>
        <translation>%1 dar neturi debesijos serverių.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The servers of %1 could not be loaded.</source>
        <translation>Nepavyko įkelti organizacijos %1 serverių.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has no IP address to copy.</source>
        <translation>%1 neturi IP adreso, kurį būtų galima nukopijuoti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied %1 (%2).</source>
        <translation>Nukopijuota: %1 (%2).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export Servers</source>
        <translation>Eksportuoti serverius</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV failai (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON failai (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>servers.csv</source>
        <comment>default export file name</comment>
        <translation>serveriai.csv</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exported 1 server to %1.</source>
        <translation>1 serveris eksportuotas į %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %n servers to %1.</source>
        <translation>
            <numerusform>%n serveris eksportuotas į %1.</numerusform>
            <numerusform>%n serveriai eksportuoti į %1.</numerusform>
            <numerusform>%n serverių eksportuota į %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;p&gt;&lt;b&gt;Heficed Panel %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A desktop control panel for Heficed cloud servers.&lt;/p&gt;&lt;p&gt;Qt %2 · QtKeychain %3&lt;/p&gt;&lt;p&gt;Heficed Panel is free software, licensed under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Heficed Panel %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Heficed debesijos serverių valdymo programa.&lt;/p&gt;&lt;p&gt;Qt %2 · QtKeychain %3&lt;/p&gt;&lt;p&gt;Heficed Panel yra laisvoji programinė įranga, licencijuota pagal &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU bendrąją viešąją licenciją&lt;/a&gt;, 3 arba bet kurią vėlesnę versiją. Jokia garantija nesuteikiama.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Heficed Panel</source>
        <translation>Apie Heficed Panel</translation>
    </message>
</context>
<context>
    <name>Heficed::OrganisationsDialog</name>
    <message>
        <location filename="../ui/organisationsdialog.cpp" line="+136"/>
        <source>Remove %1? Its organisation ID and client secret are deleted from the keychain as well.</source>
        <translation>Pašalinti %1? Organizacijos ID ir kliento slaptasis raktas taip pat bus ištrinti iš raktų saugyklos.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 was removed, but its keychain entry could not be deleted: %2</source>
        <translation>Organizacija %1 pašalinta, tačiau jos įrašo raktų saugykloje ištrinti nepavyko: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was removed.</source>
        <translation>Organizacija %1 pašalinta.</translation>
    </message>
</context>
<context>
    <name>Heficed::PendingActionProxyModel</name>
    <message>
        <location filename="../src/core/actions/pendingactionproxymodel.cpp" line="+42"/>
        <source>%1 was sent; the panel follows the server until its status settles.</source>
        <translation>„%1“ išsiųsta; programa seka serverį, kol jo būsena nusistovės.</translation>
    </message>
</context>
<context>
    <name>Heficed::RouteIpsDialog</name>
    <message>
        <location filename="../ui/routeipsdialog.cpp" line="+42"/>
        <source>Route IP Addresses: %1</source>
        <translation>IP adresų nukreipimas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the additional addresses to route to %1 (ID %2) in %3. Addresses already routed to it have no checkbox: select one and choose Unroute to take it back.</source>
        <translation>Pažymėkite papildomus adresus, kuriuos norite nukreipti į %1 (ID %2) vietovėje %3. Jau nukreipti adresai neturi žymimojo langelio: pasirinkite adresą ir spustelėkite „Atšaukti nukreipimą“, kad jį grąžintumėte.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Loading the organisation&apos;s additional addresses…</source>
        <translation>Įkeliami organizacijos papildomi adresai…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not load the additional addresses. %1</source>
        <translation>Nepavyko įkelti papildomų adresų. %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Shown: %1, routed to this server: %2.</source>
        <translation>Rodoma: %1, nukreipta į šį serverį: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Routing %1…</source>
        <translation>Nukreipiama: %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not take %1 back from %2, so nothing was routed to this server. %3</source>
        <translation>Nepavyko grąžinti %1 iš %2, todėl į šį serverį nieko nenukreipta. %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not route %1 to this server. %2</source>
        <translation>Nepavyko nukreipti %1 į šį serverį. %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Routed to this server: %1.</source>
        <translation>Nukreipta į šį serverį: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Taking %1 back…</source>
        <translation>Grąžinama: %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taken back from this server: %1.</source>
        <translation>Grąžinta iš šio serverio: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not take %1 back from this server. %2</source>
        <translation>Nepavyko grąžinti %1 iš šio serverio. %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Routing moves %1 away from %2.</source>
        <translation>Nukreipus %1 bus atimti iš %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not in this server&apos;s location: %1. The API may refuse to route it here.</source>
        <translation>Ne šio serverio vietovėje: %1. API gali atsisakyti juos čia nukreipti.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Try again</source>
        <translation>Bandyti dar kartą</translation>
    </message>
</context>
<context>
    <name>Heficed::RoutingActions</name>
    <message>
        <location filename="../ui/routingactions.cpp" line="+25"/>
        <source>Route &amp;IP Addresses…</source>
        <translation>Nukreipti &amp;IP adresus…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP S&amp;witch Subnets…</source>
        <translation>IP S&amp;witch potinkliai…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route the organisation&apos;s additional IP addresses to the selected server</source>
        <translation>Nukreipti organizacijos papildomus IP adresus į pasirinktą serverį</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route IPs</source>
        <translation>Nukreipti IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subnets</source>
        <translation>Potinkliai</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The organisation&apos;s API key is not set up for IP Switch (ipswitch). Add the service in the organisation&apos;s settings to manage subnets.</source>
        <translation>Organizacijos API raktas nenustatytas IP Switch (ipswitch) paslaugai. Norėdami tvarkyti potinklius, pridėkite šią paslaugą organizacijos nustatymuose.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route, release and move IP Switch subnets for the selected server</source>
        <translation>Nukreipti, atlaisvinti ir perkelti pasirinkto serverio IP Switch potinklius</translation>
    </message>
</context>
<context>
    <name>Heficed::RoutingService</name>
    <message>
        <location filename="../src/core/routing/routingservice.cpp" line="+30"/>
        <source>server %1</source>
        <translation>serveris %1</translation>
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
        <translation>Prieiga uždrausta (403): API raktui gali būti neleidžiama naudoti %1 arba organizacijos ID nėra jūsų. Įjunkite paslaugą raktui Heficed Terminal skiltyje API &gt; API keys.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 The server said: %2</source>
        <translation>%1 Serveris atsakė: %2</translation>
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
        <translation>Serverių stabdymas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop %1? Its operating system is asked to shut down.</source>
        <translation>Sustabdyti %1? Jo operacinei sistemai bus nurodyta išsijungti.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Stop these %n servers? Their operating systems are asked to shut down.</source>
        <translation>
            <numerusform>Sustabdyti šiuos %n serverį? Jų operacinėms sistemoms bus nurodyta išsijungti.</numerusform>
            <numerusform>Sustabdyti šiuos %n serverius? Jų operacinėms sistemoms bus nurodyta išsijungti.</numerusform>
            <numerusform>Sustabdyti šiuos %n serverių? Jų operacinėms sistemoms bus nurodyta išsijungti.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Sustabdyti</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Stop %n Servers</source>
        <translation>
            <numerusform>Sustabdyti %n serverį</numerusform>
            <numerusform>Sustabdyti %n serverius</numerusform>
            <numerusform>Sustabdyti %n serverių</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force Stop Servers</source>
        <translation>Priverstinis serverių stabdymas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut the power of %1? Data not yet written to disk is lost.</source>
        <translation>Atjungti %1 maitinimą? Dar į diską neįrašyti duomenys bus prarasti.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cut the power of these %n servers? Data not yet written to disk is lost.</source>
        <translation>
            <numerusform>Atjungti šių %n serverio maitinimą? Dar į diską neįrašyti duomenys bus prarasti.</numerusform>
            <numerusform>Atjungti šių %n serverių maitinimą? Dar į diską neįrašyti duomenys bus prarasti.</numerusform>
            <numerusform>Atjungti šių %n serverių maitinimą? Dar į diską neįrašyti duomenys bus prarasti.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force Stop</source>
        <translation>Priverstinai sustabdyti</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Force Stop %n Servers</source>
        <translation>
            <numerusform>Priverstinai sustabdyti %n serverį</numerusform>
            <numerusform>Priverstinai sustabdyti %n serverius</numerusform>
            <numerusform>Priverstinai sustabdyti %n serverių</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reboot Servers</source>
        <translation>Serverių perkrovimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reboot %1?</source>
        <translation>Perkrauti %1?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reboot these %n servers?</source>
        <translation>
            <numerusform>Perkrauti šiuos %n serverį?</numerusform>
            <numerusform>Perkrauti šiuos %n serverius?</numerusform>
            <numerusform>Perkrauti šiuos %n serverių?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reboot</source>
        <translation>Perkrauti</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Reboot %n Servers</source>
        <translation>
            <numerusform>Perkrauti %n serverį</numerusform>
            <numerusform>Perkrauti %n serverius</numerusform>
            <numerusform>Perkrauti %n serverių</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force Reboot Servers</source>
        <translation>Priverstinis serverių perkrovimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset %1 at once, like pressing its reset button? Data not yet written to disk is lost.</source>
        <translation>Nedelsiant atstatyti %1, tarsi paspaudus jo atstatymo mygtuką? Dar į diską neįrašyti duomenys bus prarasti.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reset these %n servers at once? Data not yet written to disk is lost.</source>
        <translation>
            <numerusform>Nedelsiant atstatyti šiuos %n serverį? Dar į diską neįrašyti duomenys bus prarasti.</numerusform>
            <numerusform>Nedelsiant atstatyti šiuos %n serverius? Dar į diską neįrašyti duomenys bus prarasti.</numerusform>
            <numerusform>Nedelsiant atstatyti šiuos %n serverių? Dar į diską neįrašyti duomenys bus prarasti.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force Reboot</source>
        <translation>Priverstinai perkrauti</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Force Reboot %n Servers</source>
        <translation>
            <numerusform>Priverstinai perkrauti %n serverį</numerusform>
            <numerusform>Priverstinai perkrauti %n serverius</numerusform>
            <numerusform>Priverstinai perkrauti %n serverių</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Enter Rescue Mode</source>
        <translation>Įjungti gelbėjimo režimą</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Reboot %1 into rescue mode?</source>
        <translation>Perkrauti %1 į gelbėjimo režimą?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reboot these %n servers into rescue mode?</source>
        <translation>
            <numerusform>Perkrauti šiuos %n serverį į gelbėjimo režimą?</numerusform>
            <numerusform>Perkrauti šiuos %n serverius į gelbėjimo režimą?</numerusform>
            <numerusform>Perkrauti šiuos %n serverių į gelbėjimo režimą?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Leave Rescue Mode</source>
        <translation>Išjungti gelbėjimo režimą</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Reboot %1 back into its own system?</source>
        <translation>Perkrauti %1 atgal į jo paties sistemą?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reboot these %n servers back into their own systems?</source>
        <translation>
            <numerusform>Perkrauti šiuos %n serverį atgal į jų pačių sistemas?</numerusform>
            <numerusform>Perkrauti šiuos %n serverius atgal į jų pačių sistemas?</numerusform>
            <numerusform>Perkrauti šiuos %n serverių atgal į jų pačių sistemas?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Start</source>
        <translation>&amp;Paleisti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the selected servers</source>
        <translation>Paleisti pasirinktus serverius</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>&amp;Sustabdyti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shut the selected servers down</source>
        <translation>Išjungti pasirinktus serverius</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Force Stop</source>
        <translation>Priverstinai s&amp;ustabdyti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut the power of the selected servers</source>
        <translation>Atjungti pasirinktų serverių maitinimą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reboot</source>
        <translation>Pe&amp;rkrauti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reboot the selected servers</source>
        <translation>Perkrauti pasirinktus serverius</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force Re&amp;boot</source>
        <translation>Priverstinai perkrau&amp;ti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the selected servers at once</source>
        <translation>Nedelsiant atstatyti pasirinktus serverius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enter Rescue Mode</source>
        <translation>Įjungti &amp;gelbėjimo režimą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reboot the selected servers into rescue mode</source>
        <translation>Perkrauti pasirinktus serverius į gelbėjimo režimą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave Rescue Mode</source>
        <translation>Iš&amp;jungti gelbėjimo režimą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reboot the selected servers back into their own systems</source>
        <translation>Perkrauti pasirinktus serverius atgal į jų pačių sistemas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel Server…</source>
        <translation>&amp;Atsisakyti serverio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+179"/>
        <source>Cancel Server</source>
        <translation>Atsisakyti serverio</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Cancel the selected servers, now or at the end of the billing period (%1)</source>
        <translation>Atsisakyti pasirinktų serverių iš karto arba atsiskaitymo laikotarpio pabaigoje (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server</source>
        <translation>&amp;Serveris</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rescue Mode</source>
        <translation>Gelbėjimo režimas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rescue</source>
        <translation>Gelbėjimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rescue mode: enter or leave it</source>
        <translation>Gelbėjimo režimas: įjungti arba išjungti</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>One other selected server is left alone: its state does not allow this.</source>
        <translation>Dar vienas pasirinktas serveris paliekamas nepaliestas: jo būsena to neleidžia.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n other selected servers are left alone: their state does not allow this.</source>
        <translation>
            <numerusform>Dar %n pasirinktas serveris paliekamas nepaliestas: jo būsena to neleidžia.</numerusform>
            <numerusform>Dar %n pasirinkti serveriai paliekami nepaliesti: jų būsena to neleidžia.</numerusform>
            <numerusform>Dar %n pasirinktų serverių paliekama nepaliesta: jų būsena to neleidžia.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel Servers</source>
        <translation>Serverių atsisakymas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel %1? An immediate cancellation destroys the server and its data; this cannot be undone.</source>
        <translation>Atsisakyti %1? Atsisakius iš karto, serveris ir jo duomenys sunaikinami; to atšaukti nebus galima.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cancel these %n servers? An immediate cancellation destroys them and their data; this cannot be undone.</source>
        <translation>
            <numerusform>Atsisakyti šių %n serverio? Atsisakius iš karto, jie ir jų duomenys sunaikinami; to atšaukti nebus galima.</numerusform>
            <numerusform>Atsisakyti šių %n serverių? Atsisakius iš karto, jie ir jų duomenys sunaikinami; to atšaukti nebus galima.</numerusform>
            <numerusform>Atsisakyti šių %n serverių? Atsisakius iš karto, jie ir jų duomenys sunaikinami; to atšaukti nebus galima.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cancel %n Servers</source>
        <translation>
            <numerusform>Atsisakyti %n serverio</numerusform>
            <numerusform>Atsisakyti %n serverių</numerusform>
            <numerusform>Atsisakyti %n serverių</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Server</source>
        <translation>Palikti serverį</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep Servers</source>
        <translation>Palikti serverius</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One other selected server is left alone: it is already being cancelled.</source>
        <translation>Dar vienas pasirinktas serveris paliekamas nepaliestas: jo jau atsisakoma.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n other selected servers are left alone: they are already being cancelled.</source>
        <translation>
            <numerusform>Dar %n pasirinktas serveris paliekamas nepaliestas: jo jau atsisakoma.</numerusform>
            <numerusform>Dar %n pasirinkti serveriai paliekami nepaliesti: jų jau atsisakoma.</numerusform>
            <numerusform>Dar %n pasirinktų serverių paliekama nepaliesta: jų jau atsisakoma.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sending %1 for %2; the Activity view shows the result.</source>
        <translation>„%1“ siunčiama serveriui %2; rezultatas bus rodomas veiklos rodinyje.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sending %1 for %n servers; the Activity view shows the results.</source>
        <translation>
            <numerusform>„%1“ siunčiama %n serveriui; rezultatai bus rodomi veiklos rodinyje.</numerusform>
            <numerusform>„%1“ siunčiama %n serveriams; rezultatai bus rodomi veiklos rodinyje.</numerusform>
            <numerusform>„%1“ siunčiama %n serverių; rezultatai bus rodomi veiklos rodinyje.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Heficed::ServerDetailsPane</name>
    <message>
        <location filename="../ui/serverdetailspane.cpp" line="+37"/>
        <source>Yes</source>
        <translation>Taip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Ne</translation>
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
        <translation>Kas mėnesį</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hourly</source>
        <comment>billing type</comment>
        <translation>Kas valandą</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Effective %1</source>
        <translation>Įsigalioja %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (effective %2)</source>
        <translation>%1 (įsigalioja %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 second</source>
        <translation>1 sekundės</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n sekundės</numerusform>
            <numerusform>%n sekundžių</numerusform>
            <numerusform>%n sekundžių</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the hostname</source>
        <translation>mazgo vardas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server ID</source>
        <translation>serverio ID</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Server %1</source>
        <translation>Serveris %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n servers selected.</source>
        <translation>
            <numerusform>Pasirinktas %n serveris.</numerusform>
            <numerusform>Pasirinkti %n serveriai.</numerusform>
            <numerusform>Pasirinkta %n serverių.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a server to see its details.</source>
        <translation>Pasirinkite serverį, kad pamatytumėte jo informaciją.</translation>
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
        <translation>Kopijuoti %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Disk %1: %2</source>
        <comment>additional disk slot: size</comment>
        <translation>Diskas %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 per hour</source>
        <translation>%1 per valandą</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hide</source>
        <translation>Slėpti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reveal</source>
        <translation>Rodyti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the root password</source>
        <translation>Slėpti root slaptažodį</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the root password</source>
        <translation>Rodyti root slaptažodį</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Copied the root password of %1. The clipboard is cleared in %2.</source>
        <translation>Nukopijuotas %1 root slaptažodis. Iškarpinė bus išvalyta po %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied %1.</source>
        <translation>Nukopijuota: %1.</translation>
    </message>
</context>
<context>
    <name>Heficed::ServerExporter</name>
    <message>
        <location filename="../src/core/models/serverexporter.cpp" line="+145"/>
        <source>The servers could not be written to %1: %2</source>
        <translation>Nepavyko įrašyti serverių į %1: %2</translation>
    </message>
</context>
<context>
    <name>Heficed::ServerFilterBar</name>
    <message>
        <location filename="../ui/serverfilterbar.cpp" line="+44"/>
        <source>Filter by status</source>
        <translation>Filtruoti pagal būseną</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only servers with this status</source>
        <translation>Rodyti tik šios būsenos serverius</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by location</source>
        <translation>Filtruoti pagal vietą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only servers at this location</source>
        <translation>Rodyti tik šios vietos serverius</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>All statuses</source>
        <translation>Visos būsenos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All locations</source>
        <translation>Visos vietos</translation>
    </message>
</context>
<context>
    <name>Heficed::ServerTableModel</name>
    <message>
        <location filename="../src/core/models/servertablemodel.cpp" line="+50"/>
        <source>%1 (additional)</source>
        <translation>%1 (papildomas)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hostname</source>
        <translation>Mazgo vardas</translation>
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
        <translation>Vieta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template</source>
        <comment>operating system template column</comment>
        <translation>Šablonas</translation>
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
        <translation>Diskas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing</source>
        <comment>monthly or hourly billing column</comment>
        <translation>Atsiskaitymas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Kaina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid until</source>
        <translation>Apmokėta iki</translation>
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
        <translation>Kas mėnesį</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hourly</source>
        <comment>billing type</comment>
        <translation>Kas valandą</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1, in rescue mode</source>
        <translation>%1, gelbėjimo režimas</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>running</source>
        <translation>veikia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>sustabdytas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting</source>
        <translation>paleidžiamas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopping</source>
        <translation>stabdomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rebooting</source>
        <translation>perkraunamas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>laukiama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspended</source>
        <translation>suspenduotas</translation>
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
        <translation>Organizacijos „%1“ nėra, todėl rodoma %2. Pridėkite ją per Organizacija &gt; Pridėti organizaciją.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reading the credentials of %1 from the keychain…</source>
        <translation>Iš raktų saugyklos skaitomi %1 prisijungimo duomenys…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No credentials are stored for %1.</source>
        <translation>%1 prisijungimo duomenys neišsaugoti.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The credentials of %1 could not be read from the keychain.</source>
        <translation>Nepavyko perskaityti %1 prisijungimo duomenų iš raktų saugyklos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue for This Session Only</source>
        <translation>Tęsti tik šiam seansui</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the credentials of %1 to use them for this session.</source>
        <translation>Įveskite %1 prisijungimo duomenis, kad galėtumėte juos naudoti šiame seanse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain cannot be used, so the organisation ID and client secret you enter now are kept in memory until the panel closes.</source>
        <translation>Raktų saugyklos naudoti negalima, todėl dabar įvesti organizacijos ID ir kliento slaptasis raktas bus laikomi atmintyje, kol programa bus užverta.</translation>
    </message>
</context>
<context>
    <name>Heficed::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+58"/>
        <source>System language</source>
        <translation>Sistemos kalba</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warnings only</source>
        <translation>Tik įspėjimai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Informacija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug</source>
        <translation>Derinimas</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The certificates in this file are trusted.</source>
        <translation>Šio failo sertifikatais pasitikima.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Extra CA Certificate</source>
        <translation>Papildomas CA sertifikatas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM sertifikatai (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Visi failai (*)</translation>
    </message>
</context>
<context>
    <name>Heficed::SubnetMoveJob</name>
    <message>
        <location filename="../src/core/routing/subnetmovejob.cpp" line="+38"/>
        <source>Release</source>
        <translation>Atlaisvinti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the release to settle</source>
        <translation>Laukti, kol atlaisvinimas nusistovės</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route</source>
        <translation>Nukreipti</translation>
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
        <translation>Atšaukta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The move was cancelled. %1 is released and routed nowhere now.</source>
        <translation>Perkėlimas atšauktas. %1 atlaisvintas ir dabar niekur nenukreiptas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Releasing %1 from %2…</source>
        <translation>%1 atlaisvinamas iš %2…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not release %1; it stays where it was. %2</source>
        <translation>Nepavyko atlaisvinti %1; jis lieka ten, kur buvo. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Released from %1.</source>
        <translation>Atlaisvintas iš %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting %1 for the release to settle…</source>
        <translation>Laukiama %1, kol atlaisvinimas nusistovės…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waited %1.</source>
        <translation>Palaukta %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Routing %1 to %2…</source>
        <translation>%1 nukreipiamas į %2…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was released but could not be routed to %2, so it is routed nowhere now. %3</source>
        <translation>%1 atlaisvintas, bet jo nepavyko nukreipti į %2, todėl dabar jis niekur nenukreiptas. %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routed to %1.</source>
        <translation>Nukreiptas į %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved %1 from %2 to %3.</source>
        <translation>%1 perkeltas iš %2 į %3.</translation>
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
        <translation>Nukreipti potinklį %1 į %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Release subnet %1 from %2</source>
        <translation>Atlaisvinti potinklį %1 iš %2</translation>
    </message>
</context>
<context>
    <name>Heficed::SubnetTreeModel</name>
    <message>
        <location filename="../src/core/routing/subnettreemodel.cpp" line="+261"/>
        <source>%1 to %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This server</source>
        <translation>Šis serveris</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This server (%1)</source>
        <translation>Šis serveris (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server %1</source>
        <translation>Serveris %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Subnet</source>
        <translation>Potinklis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses</source>
        <translation>Adresai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routed to</source>
        <translation>Nukreiptas į</translation>
    </message>
</context>
<context>
    <name>Heficed::SubnetsDialog</name>
    <message>
        <location filename="../ui/subnetsdialog.cpp" line="+27"/>
        <source>waiting</source>
        <comment>move step</comment>
        <translation>laukia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in progress</source>
        <comment>move step</comment>
        <translation>vykdoma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <comment>move step</comment>
        <translation>atlikta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <comment>move step</comment>
        <translation>nepavyko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <comment>move step</comment>
        <translation>praleista</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>IP Switch Subnets: %1</source>
        <translation>IP Switch potinkliai: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation&apos;s IP Switch subnets. Select one to route it to %1 (ID %2), to release it from this server, or to move it here from another server. A subnet&apos;s parts are read when you expand it.</source>
        <translation>Organizacijos IP Switch potinkliai. Pasirinkite potinklį, kad nukreiptumėte jį į %1 (ID %2), atlaisvintumėte iš šio serverio arba perkeltumėte čia iš kito serverio. Potinklio dalys nuskaitomos, kai jį išskleidžiate.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reading subnets…</source>
        <translation>Skaitomi potinkliai…</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Routing %1 to this server…</source>
        <translation>%1 nukreipiamas į šį serverį…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Releasing %1 from this server…</source>
        <translation>%1 atlaisvinamas iš šio serverio…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not route %1 to this server. %2</source>
        <translation>Nepavyko nukreipti %1 į šį serverį. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not release %1 from this server. %2</source>
        <translation>Nepavyko atlaisvinti %1 iš šio serverio. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routed %1 to this server.</source>
        <translation>%1 nukreiptas į šį serverį.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released %1 from this server.</source>
        <translation>%1 atlaisvintas iš šio serverio.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Moving %1 from %2 to this server: release, wait %3 for the release to settle, then route.</source>
        <translation>%1 perkeliamas iš %2 į šį serverį: atlaisvinti, palaukti %3, kol atlaisvinimas nusistovės, tada nukreipti.</translation>
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
        <translation>Perkeliamas %1…</translation>
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
        <translation>Nepavyko nuskaityti potinklių. %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Try again</source>
        <translation>Bandyti dar kartą</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A move is under way. Wait until it ends, so that the subnet is not left released.</source>
        <translation>Vyksta perkėlimas. Palaukite, kol jis baigsis, kad potinklis neliktų atlaisvintas.</translation>
    </message>
</context>
<context>
    <name>KeychainError</name>
    <message>
        <location filename="../src/core/credentials/keychainerror.cpp" line="+48"/>
        <source>You can also continue with the credentials kept for this session only.</source>
        <translation>Taip pat galite tęsti su prisijungimo duomenimis, laikomais tik šiam seansui.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No keychain service (Secret Service) is running: install and start gnome-keyring or KWallet, or continue with the credentials kept for this session only.</source>
        <translation>Neveikia jokia raktų saugyklos tarnyba (Secret Service): įdiekite ir paleiskite gnome-keyring arba KWallet arba tęskite su prisijungimo duomenimis, laikomais tik šiam seansui.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain was not unlocked: the prompt was cancelled. Try again and unlock it. </source>
        <translation>Raktų saugykla neatrakinta: užklausa atšaukta. Bandykite dar kartą ir ją atrakinkite. </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain is locked or refused access. Unlock it (your login keyring or wallet) and try again. </source>
        <translation>Raktų saugykla užrakinta arba atmetė prieigą. Atrakinkite ją (savo prisijungimo raktų rinkinį arba piniginę) ir bandykite dar kartą. </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain could not read the credentials (%1). Try again.</source>
        <translation>Raktų saugyklai nepavyko perskaityti prisijungimo duomenų (%1). Bandykite dar kartą.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain could not store the credentials (%1). Try again.</source>
        <translation>Raktų saugyklai nepavyko išsaugoti prisijungimo duomenų (%1). Bandykite dar kartą.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain could not delete the credentials (%1). Remove the entry with your keychain tool.</source>
        <translation>Raktų saugyklai nepavyko ištrinti prisijungimo duomenų (%1). Pašalinkite įrašą savo raktų saugyklos programa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain holds no credentials for %1. Enter the organisation ID and client secret again.</source>
        <translation>Raktų saugykloje nėra %1 prisijungimo duomenų. Dar kartą įveskite organizacijos ID ir kliento slaptąjį raktą.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain entry for %1 cannot be read. Enter the organisation ID and client secret again.</source>
        <translation>%1 įrašo raktų saugykloje perskaityti negalima. Dar kartą įveskite organizacijos ID ir kliento slaptąjį raktą.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The credentials for %1 are kept for this session only and have not been entered yet. Enter them again.</source>
        <translation>%1 prisijungimo duomenys laikomi tik šiam seansui ir dar nebuvo įvesti. Įveskite juos dar kartą.</translation>
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
        <translation>Pranešimas</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Bandyti dar kartą</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message</source>
        <translation>Pranešimas</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Retry</source>
        <translation>&amp;Kartoti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry loading the servers</source>
        <translation>Dar kartą įkelti serverius</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cloud servers</source>
        <translation>Debesijos serveriai</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organizacija</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Rodinys</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Pagalba</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Main toolbar</source>
        <translation>Pagrindinė įrankių juosta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Atnaujinti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the server list again (F5)</source>
        <translation>Iš naujo įkelti serverių sąrašą (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find</source>
        <translation>&amp;Ieškoti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the servers (Ctrl+F)</source>
        <translation>Ieškoti serverių (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy IP Address</source>
        <translation>&amp;Kopijuoti IP adresą</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the main IP address of the selected server</source>
        <translation>Kopijuoti pagrindinį pasirinkto serverio IP adresą</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuoti…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the servers shown as CSV or JSON</source>
        <translation>Įrašyti rodomus serverius CSV arba JSON formatu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Nustatymai…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh interval, confirmations, language, proxy, certificates and logging</source>
        <translation>Atnaujinimo intervalas, patvirtinimai, kalba, tarpinis serveris, sertifikatai ir žurnalas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Baigti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add Organisation…</source>
        <translation>&amp;Pridėti organizaciją…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the API credentials of another organisation</source>
        <translation>Pridėti kitos organizacijos API prisijungimo duomenis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit Organisation…</source>
        <translation>&amp;Redaguoti organizaciją…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the credentials or services of the open organisation</source>
        <translation>Keisti atvertos organizacijos prisijungimo duomenis ar paslaugas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Manage Organisations…</source>
        <translation>&amp;Tvarkyti organizacijas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, edit, rename and remove organisations</source>
        <translation>Pridėti, redaguoti, pervadinti ir šalinti organizacijas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Heficed Panel</source>
        <translation>&amp;Apie Heficed Panel</translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message>
        <location filename="../ui/organisationsdialog.ui" line="+15"/>
        <location line="+18"/>
        <source>Organisations</source>
        <translation>Organizacijos</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The organisations you work with. The organisation ID and the client secret of each are kept in your system&apos;s keychain. Double-click a name to rename it.</source>
        <translation>Organizacijos, su kuriomis dirbate. Kiekvienos organizacijos ID ir kliento slaptasis raktas saugomi jūsų sistemos raktų saugykloje. Norėdami pervadinti, dukart spustelėkite pavadinimą.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Add…</source>
        <translation>&amp;Pridėti…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redaguoti…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;name</source>
        <translation>Per&amp;vadinti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove…</source>
        <translation>Pa&amp;šalinti…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep</source>
        <translation>Palikti</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="qtstrings.cpp" line="+11"/>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Įrašyti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Įrašyti viską</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Atverti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Taip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes to &amp;All</source>
        <translation>Taip &amp;visiems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;e visiems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Nutraukti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation>Kartoti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Nepaisyti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Užverti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Žinynas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation>Taikyti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Atstatyti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore Defaults</source>
        <translation>Atkurti numatytąsias</translation>
    </message>
</context>
<context>
    <name>RouteIpsDialog</name>
    <message>
        <location filename="../ui/routeipsdialog.ui" line="+15"/>
        <source>Route IP Addresses</source>
        <translation>IP adresų nukreipimas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Additional IP addresses</source>
        <translation>Papildomi IP adresai</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show addresses in &amp;all locations</source>
        <translation>Rodyti &amp;visų vietovių adresus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addresses are normally routed to servers in their own location.</source>
        <translation>Adresai paprastai nukreipiami į tos pačios vietovės serverius.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warning</source>
        <translation>Įspėjimas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Error</source>
        <translation>Klaida</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Unroute</source>
        <translation>&amp;Atšaukti nukreipimą</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the selected addresses back from this server</source>
        <translation>Grąžinti pasirinktus adresus iš šio serverio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Route</source>
        <translation>&amp;Nukreipti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route the checked addresses to this server in one request</source>
        <translation>Nukreipti pažymėtus adresus į šį serverį viena užklausa</translation>
    </message>
</context>
<context>
    <name>ServerDetailsPane</name>
    <message>
        <location filename="../ui/serverdetailspane.ui" line="+15"/>
        <source>Server details</source>
        <translation>Serverio informacija</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>General</source>
        <translation>Bendra</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hostname:</source>
        <translation>Mazgo vardas:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hostname</source>
        <translation>Mazgo vardas</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Copy the hostname</source>
        <translation>Kopijuoti mazgo vardą</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <location line="+224"/>
        <location line="+67"/>
        <location line="+127"/>
        <source>Copy</source>
        <translation>Kopijuoti</translation>
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
        <translation>Serverio ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Copy the server ID</source>
        <translation>Kopijuoti serverio ID</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+997"/>
        <source>Status:</source>
        <translation>Būsena:</translation>
    </message>
    <message>
        <location line="-978"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+701"/>
        <location line="+244"/>
        <source>Type:</source>
        <translation>Tipas:</translation>
    </message>
    <message>
        <location line="-926"/>
        <source>Type</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+649"/>
        <source>Location:</source>
        <translation>Vieta:</translation>
    </message>
    <message>
        <location line="-630"/>
        <source>Location</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rescue mode:</source>
        <translation>Gelbėjimo režimas:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rescue mode</source>
        <translation>Gelbėjimo režimas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CPU limited:</source>
        <translation>CPU apribotas:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CPU limited</source>
        <translation>CPU apribotas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Network limited:</source>
        <translation>Tinklas apribotas:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Network limited</source>
        <translation>Tinklas apribotas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Root password:</source>
        <translation>Root slaptažodis:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Root password</source>
        <translation>Root slaptažodis</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Show the root password</source>
        <translation>Rodyti root slaptažodį</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reveal</source>
        <translation>Rodyti</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>Copy the root password; the clipboard is cleared again after 30 seconds</source>
        <translation>Kopijuoti root slaptažodį; po 30 sekundžių iškarpinė vėl išvaloma</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Network</source>
        <translation>Tinklas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>IPv4 address:</source>
        <translation>IPv4 adresas:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>IPv4 address</source>
        <translation>IPv4 adresas</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Copy the IPv4 address</source>
        <translation>Kopijuoti IPv4 adresą</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>IPv4 netmask:</source>
        <translation>IPv4 tinklo kaukė:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>IPv4 netmask</source>
        <translation>IPv4 tinklo kaukė</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IPv4 gateway:</source>
        <translation>IPv4 tinklų sietuvas:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>IPv4 gateway</source>
        <translation>IPv4 tinklų sietuvas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IPv4 resolvers:</source>
        <translation>IPv4 DNS serveriai:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>IPv4 resolvers</source>
        <translation>IPv4 DNS serveriai</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IPv6 address:</source>
        <translation>IPv6 adresas:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>IPv6 address</source>
        <translation>IPv6 adresas</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Copy the IPv6 address</source>
        <translation>Kopijuoti IPv6 adresą</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>IPv6 netmask:</source>
        <translation>IPv6 tinklo kaukė:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>IPv6 netmask</source>
        <translation>IPv6 tinklo kaukė</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IPv6 gateway:</source>
        <translation>IPv6 tinklų sietuvas:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>IPv6 gateway</source>
        <translation>IPv6 tinklų sietuvas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IPv6 resolvers:</source>
        <translation>IPv6 DNS serveriai:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>IPv6 resolvers</source>
        <translation>IPv6 DNS serveriai</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Additional:</source>
        <translation>Papildomi:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Additional addresses</source>
        <translation>Papildomi adresai</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>IP addresses:</source>
        <translation>IP adresai:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Number of IP addresses</source>
        <translation>IP adresų skaičius</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OS template</source>
        <translation>OS šablonas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name:</source>
        <translation>Pavadinimas:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Template name</source>
        <translation>Šablono pavadinimas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Template ID</source>
        <translation>Šablono ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version:</source>
        <translation>Versija:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Template version</source>
        <translation>Šablono versija</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Size:</source>
        <translation>Dydis:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Template size</source>
        <translation>Šablono dydis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created:</source>
        <translation>Sukurtas:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Template created</source>
        <translation>Šablono sukūrimo data</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Template location</source>
        <translation>Šablono vieta</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Template type</source>
        <translation>Šablono tipas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ISO:</source>
        <translation>ISO:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mounted ISO</source>
        <translation>Prijungtas ISO</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hardware</source>
        <translation>Aparatinė įranga</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>vCPU:</source>
        <translation>vCPU:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Virtual CPUs</source>
        <translation>Virtualūs CPU</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Memory:</source>
        <translation>Atmintis:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Memory</source>
        <translation>Atmintis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disk:</source>
        <translation>Diskas:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Disk</source>
        <translation>Diskas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Additional disks:</source>
        <translation>Papildomi diskai:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Additional disks</source>
        <translation>Papildomi diskai</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups:</source>
        <translation>Atsarginės kopijos:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backups</source>
        <translation>Atsarginės kopijos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Billing</source>
        <translation>Atsiskaitymas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Product:</source>
        <translation>Produktas:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Product</source>
        <translation>Produktas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Billing type</source>
        <translation>Atsiskaitymo tipas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Billing status</source>
        <translation>Atsiskaitymo būsena</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Price:</source>
        <translation>Kaina:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Price</source>
        <translation>Kaina</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hourly rate:</source>
        <translation>Valandinis tarifas:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hourly spending rate</source>
        <translation>Valandinės išlaidos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period:</source>
        <translation>Laikotarpis:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Billing period</source>
        <translation>Atsiskaitymo laikotarpis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invoice:</source>
        <translation>Sąskaita faktūra:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Invoice</source>
        <translation>Sąskaita faktūra</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SLA:</source>
        <translation>SLA:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Service level agreement</source>
        <translation>Paslaugų lygio sutartis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancellation:</source>
        <translation>Atsisakymas:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancellation request</source>
        <translation>Atsisakymo prašymas</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="+15"/>
        <source>Settings</source>
        <translation>Nustatymai</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings pages</source>
        <translation>Nustatymų puslapiai</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;General</source>
        <translation>&amp;Bendrieji</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Refresh the server list every:</source>
        <translation>Serverių sąrašą &amp;atnaujinti kas:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refresh interval in seconds</source>
        <translation>Atnaujinimo intervalas sekundėmis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <translation>Niekada</translation>
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
        <translation>Pasirinkus „Niekada“, atnaujinate patys (Rodinys &gt; Atnaujinti, F5). Kol langas sumažintas arba po nepavykusių įkėlimų, sąrašas atnaujinamas rečiau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language:</source>
        <translation>&amp;Kalba:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User interface language</source>
        <translation>Naudotojo sąsajos kalba</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new language takes effect the next time Heficed Panel starts. The --language command-line option wins over this setting.</source>
        <translation>Nauja kalba įsigalios kitą kartą paleidus Heficed Panel. Komandinės eilutės parinktis --language turi pirmenybę prieš šį nustatymą.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log &amp;messages:</source>
        <translation>Žurnalo pra&amp;nešimai:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log messages</source>
        <translation>Žurnalo pranešimai</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log messages go to the standard error output. They never contain a client secret, an access token or a password. The QT_LOGGING_RULES environment variable wins over this setting.</source>
        <translation>Žurnalo pranešimai rašomi į standartinę klaidų išvestį. Juose niekada nebūna kliento slaptojo rakto, prieigos rakto ar slaptažodžio. Aplinkos kintamasis QT_LOGGING_RULES turi pirmenybę prieš šį nustatymą.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Confirmations</source>
        <translation>&amp;Patvirtinimai</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask for confirmation before these server actions:</source>
        <translation>Prieš šiuos serverių veiksmus prašyti patvirtinimo:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirmations</source>
        <translation>Patvirtinimai</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An action you chose not to be asked about again is unticked here. Cancelling a server always asks, and its name must be typed.</source>
        <translation>Veiksmai, dėl kurių pasirinkote daugiau neklausti, čia nepažymėti. Prieš atsisakant serverio visada klausiama, ir reikia įvesti jo pavadinimą.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Ask Before Every Action</source>
        <translation>&amp;Klausti prieš kiekvieną veiksmą</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Network</source>
        <translation>&amp;Tinklas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proxy</source>
        <translation>Tarpinis serveris</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the &amp;system’s proxy settings</source>
        <translation>Naudoti &amp;sistemos tarpinio serverio nustatymus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;No proxy</source>
        <translation>B&amp;e tarpinio serverio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>&amp;Rankinis HTTP tarpinis serveris:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Proxy host</source>
        <translation>Tarpinio serverio mazgas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Port:</source>
        <translation>Prie&amp;vadas:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proxy port</source>
        <translation>Tarpinio serverio prievadas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Extra CA certificate</source>
        <translation>Papildomas CA sertifikatas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A PEM file whose certificates are trusted in addition to the system’s, for a gateway with a certificate authority of its own. The --extra-ca command-line option wins over this setting.</source>
        <translation>PEM failas, kurio sertifikatais pasitikima be sistemos sertifikatų, – tinklų sietuvui su nuosava sertifikatų įstaiga. Komandinės eilutės parinktis --extra-ca turi pirmenybę prieš šį nustatymą.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CA certificate file</source>
        <translation>CA sertifikatų failas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No extra certificates</source>
        <translation>Papildomų sertifikatų nėra</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Naršyti…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the CA certificate file</source>
        <translation>Pasirinkti CA sertifikatų failą</translation>
    </message>
</context>
<context>
    <name>SubnetsDialog</name>
    <message>
        <location filename="../ui/subnetsdialog.ui" line="+15"/>
        <source>IP Switch Subnets</source>
        <translation>IP Switch potinkliai</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Subnets</source>
        <translation>Potinkliai</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Move</source>
        <translation>Perkėlimas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move progress</source>
        <translation>Perkėlimo eiga</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move steps</source>
        <translation>Perkėlimo žingsniai</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Error</source>
        <translation>Klaida</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;lease</source>
        <translation>&amp;Atlaisvinti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release the selected subnet from this server</source>
        <translation>Atlaisvinti pasirinktą potinklį iš šio serverio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Move Here</source>
        <translation>&amp;Perkelti čia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release the selected subnet from its server, wait for it to settle, and route it to this server</source>
        <translation>Atlaisvinti pasirinktą potinklį iš jo serverio, palaukti, kol tai nusistovės, ir nukreipti jį į šį serverį</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Route to This Server</source>
        <translation>&amp;Nukreipti į šį serverį</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route the selected subnet to this server</source>
        <translation>Nukreipti pasirinktą potinklį į šį serverį</translation>
    </message>
</context>
</TS>
