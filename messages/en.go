package messages

// english is the English catalog, the one every other follows: its UI
// keys are the keys (see enUI), and T falls back to its texts.
var english = Catalog{
	Lang:      "en",
	Name:      "English",
	LangNames: map[string]string{"ja": "Japanese"},

	// Who: the three parties a step can be for.
	Who: map[Who]string{
		UserPC:      "User's PC",
		Helpdesk:    "Helpdesk",
		ServerOwner: "Server / certificate owner",
	},
	Flags:        enFlags,
	FirstChecks:  enFirstChecks,
	Resolutions:  enResolutions,
	ZeroCode:     enZeroCode,
	Win32Misread: enWin32Misread,
	Families:     enFamilies,
	NearMisses:   enNearMisses,
	Warnings:     enWarnings,
	Errors:       enErrors,
	UI:           enUI,
	Cert:         enCert, // in cert_en.go
}

// Commands that more than one step gives. They are the same in every
// language; {server} is filled in by the decoder like any step text.
const (
	// cmdShowCertificate prints the certificate {server} presents on port
	// 443 and saves it as server.cer for certutil. Its validation callback
	// accepts everything so that a broken certificate can still be read;
	// it trusts nothing and sends no data over the connection.
	// TLS 1.2 is asked for by name because Windows PowerShell 5.1 may
	// otherwise offer only TLS 1.0, which a hardened server refuses.
	cmdShowCertificate = `$h='{server}';$t=New-Object Net.Sockets.TcpClient($h,443);$s=New-Object Net.Security.SslStream($t.GetStream(),$false,([Net.Security.RemoteCertificateValidationCallback]{$true}));$s.AuthenticateAsClient($h,$null,'Tls12,Tls11,Tls',$false);$c=New-Object Security.Cryptography.X509Certificates.X509Certificate2($s.RemoteCertificate);$c|fl Subject,Issuer,NotBefore,NotAfter,Thumbprint,DnsNameList;[IO.File]::WriteAllBytes("$PWD\server.cer",$c.RawData);$t.Close()`

	// cmdListExchangeCerts lists an Exchange server's certificates with
	// the fields the fixes compare.
	cmdListExchangeCerts = "Get-ExchangeCertificate | fl Thumbprint,Subject,CertificateDomains,NotAfter,Services"
)

// enFlags has one entry per WinHTTP secure-failure bit (domain.md §2, §4).
var enFlags = map[uint32]FlagText{
	0x00000001: {
		Title:   "Revocation check failed",
		Meaning: "Windows could not find out whether the certificate has been revoked: the CRL download or OCSP responder named in the certificate (or in a CA certificate above it) could not be reached or gave no usable answer. The certificate itself may be fine. CryptoAPI reports this as CRYPT_E_REVOCATION_OFFLINE (0x80092013).",
		Causes: []string{
			"A firewall or web proxy stops the PC from reaching the CRL or OCSP addresses in the certificate, typically outside the office or before a VPN is up.",
			"WinHTTP has no proxy configured while the PC needs one for the Internet, so the browser gets through but Outlook's revocation check does not.",
			"A private CA publishes its CRL only inside the network (LDAP or an internal web server), or its published CRL has expired.",
			"The certificate names no revocation address that clients can reach at all.",
		},
		Fixes: []Step{
			{Who: Helpdesk, Title: "Find which CRL or OCSP address cannot be reached", Where: "Command Prompt on the affected PC (with the server certificate saved as server.cer, see the first checks)", Do: "Let Windows fetch every CRL, OCSP and issuer address of the chain; the output marks each URL as verified or failed, which shows what is unreachable.", Command: "certutil -urlfetch -verify server.cer"},
			{Who: Helpdesk, Title: "Check the proxy WinHTTP uses for revocation checks", Where: "Command Prompt on the affected PC", Do: "See which proxy WinHTTP uses. If the PC needs a proxy for the Internet and this says \"Direct access\", revocation checks cannot get out: set the proxy (netsh winhttp set proxy, or netsh winhttp import proxy source=ie on older Windows) or let the CRL and OCSP hosts through directly.", Command: "netsh winhttp show proxy"},
			{Who: ServerOwner, Title: "Let clients reach the CRL and OCSP addresses", Where: "Firewall and web proxy", Do: "Allow clients to reach the CRL and OCSP URLs of the certificate and of every CA above it over HTTP (port 80), from inside and outside the network."},
			{Who: ServerOwner, Title: "Publish the private CA's CRL where clients can reach it", Where: "Private CA server: Certification Authority console (certsrv.msc) > the CA > Properties > Extensions", Do: "Publish the CRL at an HTTP address clients can reach, include that address in the CRL Distribution Point and AIA extensions, publish a fresh CRL, and reissue the Exchange certificate if it only carries internal addresses.", Command: "certutil -crl"},
		},
	},
	0x00000002: {
		Title:   "Certificate invalid",
		Meaning: "The certificate or its chain is broken in a way that is not about trust, name or date: it cannot be parsed, a signature does not verify, an extension marked critical is not understood, the chain cannot be built, or a constraint of an issuing CA is violated. CryptoAPI reports errors such as CERT_E_CHAINING, CERT_E_MALFORMED, CERT_E_CRITICAL or TRUST_E_CERT_SIGNATURE.",
		Causes: []string{
			"The server sends a wrong or outdated intermediate certificate, for example an old intermediate left in its store after the CA renewed its own certificate.",
			"The certificate was made by hand (OpenSSL, an old tool) and is malformed or carries a critical extension Windows does not accept.",
			"A signature in the chain uses an algorithm or key size the client rejects (MD5, RSA keys under 1024 bits).",
			"A name or basic constraint on a private issuing CA forbids this certificate.",
			"A TLS-inspecting device in between re-signs the certificate badly.",
		},
		Fixes: []Step{
			{Who: Helpdesk, Title: "Read Windows' verdict on the certificate path", Where: "Windows certificate dialog on the affected PC: double-click server.cer > Certification Path", Do: "See which certificate in the path carries a warning and read the Certificate status text; this is Windows' own verdict, the one Outlook gets."},
			{Who: Helpdesk, Title: "Have Windows check the chain step by step", Where: "Command Prompt on the affected PC", Do: "Let Windows build and check the chain step by step; the output names the failing certificate and the CryptoAPI error.", Command: "certutil -urlfetch -verify server.cer"},
			{Who: ServerOwner, Title: "Install the CA's current intermediate certificates on the server", Where: "Exchange server: Certificates console for the computer (certlm.msc) > Intermediate Certification Authorities", Do: "Install the issuing CA's current intermediate certificates (from the CA's download page), remove expired or superseded ones, and check the chain again from a client.", Command: "certutil -addstore CA intermediate.cer"},
			{Who: ServerOwner, Title: "Replace a faulty certificate and enable it for IIS", Where: "Certificate provider, then Exchange Management Shell", Do: "If the certificate itself is faulty, request a new one (SHA-256, RSA 2048 bits or more) for the same names, import it on every server that answers for {server}, and enable it for IIS.", Command: "Enable-ExchangeCertificate -Thumbprint <thumbprint> -Services IIS"},
		},
	},
	0x00000004: {
		Title:   "Certificate revoked",
		Meaning: "The issuing CA has revoked the certificate: it is listed on the CA's CRL, or the OCSP responder answered \"revoked\". Name and dates may look right, but the certificate must not be used any more. CryptoAPI reports CRYPT_E_REVOKED (0x80092010).",
		Causes: []string{
			"The certificate was replaced or re-keyed and the old one revoked, but a server, load balancer or reverse proxy still presents the old one.",
			"The CA revoked it (key compromise, mis-issuance, a cancelled order) and nobody replaced it.",
			"An intermediate CA in the chain was revoked, which revokes everything below it.",
		},
		Fixes: []Step{
			{Who: ServerOwner, Title: "Compare the certificate for IIS with what the PC receives", Where: "Exchange Management Shell, on each Exchange server", Do: "List the certificates with their thumbprints and services, and compare the one enabled for IIS with the thumbprint the affected PC receives.", Command: cmdListExchangeCerts},
			{Who: ServerOwner, Title: "Get a certificate with a new key and enable it for IIS", Where: "Certificate provider, then Exchange Management Shell", Do: "Get a new certificate with a new key for the same names, import it on every server that answers for {server}, and enable it for IIS.", Command: "Enable-ExchangeCertificate -Thumbprint <thumbprint> -Services IIS"},
			{Who: ServerOwner, Title: "Replace the certificate on devices in front of Exchange", Where: "Load balancer, reverse proxy or firewall that terminates TLS in front of Exchange", Do: "Replace the certificate there as well; devices in front of Exchange often keep serving the old thumbprint after the servers were updated."},
			{Who: Helpdesk, Title: "Check that the server now presents the new certificate", Where: "PowerShell on the affected PC", Do: "Check that the thumbprint {server} now presents is the new one, from inside and from outside the network, since different paths can reach different servers.", Command: cmdShowCertificate},
		},
	},
	0x00000008: {
		Title:   "Issuer not trusted",
		Meaning: "The certificate's chain does not end in a root certificate this PC trusts, or Windows could not complete the chain up to a root. CryptoAPI reports CERT_E_UNTRUSTEDROOT (0x800B0109). KB 923575's message 3 carries exactly this code.",
		Causes: []string{
			"The certificate is self-signed (such as the certificate Exchange creates at setup) or comes from the company's private CA, whose root is not on this PC (home PC, new laptop, PC outside the domain).",
			"A TLS-inspecting proxy or security product re-signs HTTPS traffic with its own CA, and this PC does not trust that CA.",
			"The server does not send its intermediate certificate and the PC cannot download it.",
			"Automatic root certificate update is turned off or blocked, so a public root that browsers know is missing from Windows' own store.",
		},
		Fixes: []Step{
			{Who: Helpdesk, Title: "See who issued the chain and whether Windows trusts its root", Where: "Windows certificate dialog on the affected PC: double-click server.cer > Certification Path", Do: "Look at the top of the path: it shows who issued the chain (your own CA, Exchange's self-signed certificate, a security product's inspection CA, or a public CA) and whether Windows trusts that root."},
			{Who: ServerOwner, Title: "Use a certificate from a public CA", Where: "Certificate provider, then Exchange Management Shell", Do: "For users outside the domain the lasting fix is a certificate from a public CA for {server}, enabled for IIS; then no PC needs extra roots.", Command: "Enable-ExchangeCertificate -Thumbprint <thumbprint> -Services IIS"},
			{Who: ServerOwner, Title: "Install the intermediate certificates on the server", Where: "Exchange server: certlm.msc > Intermediate Certification Authorities", Do: "Install the CA's intermediate certificates so the server sends the whole chain.", Command: "certutil -addstore CA intermediate.cer"},
			{Who: Helpdesk, Title: "Deploy a private CA's root by Group Policy or Intune", Where: "Group Policy Management: Computer Configuration > Policies > Windows Settings > Security Settings > Public Key Policies > Trusted Root Certification Authorities (Intune: a Trusted certificate profile)", Do: "For a private CA, import its root certificate into this policy so every managed PC trusts it, then refresh policy on a test PC.", Command: "gpupdate /force"},
			{Who: Helpdesk, Title: "Import the private CA's root on a PC no policy reaches", Where: "Elevated PowerShell on a single PC that no policy reaches", Do: "Import the private CA's root into the computer's Trusted Root store. Get the root from its owner over a channel you trust, never from the warning itself.", Command: "Import-Certificate -FilePath root.cer -CertStoreLocation Cert:\\LocalMachine\\Root"},
			{Who: Helpdesk, Title: "Exempt the server from TLS inspection", Where: "Console of the TLS-inspecting proxy or security product", Do: "Exempt {server} and the Autodiscover name from TLS inspection, or deploy the inspection CA's root to every PC."},
		},
	},
	0x00000010: {
		Title:   "Name does not match",
		Meaning: "The name Outlook connected to, the proxy server in its Exchange Proxy Settings, is neither the certificate's subject common name (CN) nor one of its Subject Alternative Names. CryptoAPI reports CERT_E_CN_NO_MATCH (0x800B010F).",
		Causes: []string{
			"Outlook uses an internal name (a .local name, or the server's own FQDN) while the certificate covers only the public name, or the other way round.",
			"Exchange hands out an Outlook Anywhere host name or Autodiscover URL that the certificate does not list, or an older profile still holds a previous name.",
			"A wildcard certificate (*.contoso.com) does not cover the name in use (mail.eu.contoso.com, or contoso.com itself).",
			"DNS or a hosts file sends the name to another server, load balancer or inspection proxy with a different certificate.",
			"The renewed certificate lost a name the old one had, for example an internal name public CAs no longer issue.",
		},
		Fixes: []Step{
			{Who: Helpdesk, Title: "Compare the proxy URL and msstd: name with the certificate", Where: "Outlook: File > Account Settings > Account Settings > (Exchange account) > Change > More Settings > Connection > Exchange Proxy Settings", Do: "Note the URL in \"Use this URL to connect to my proxy server for Exchange\" ({server}) and the msstd: name below it, and compare both with the names on the certificate."},
			{Who: Helpdesk, Title: "Check where the server name resolves", Where: "Command Prompt on the affected PC", Do: "Check that {server} resolves to your Exchange server or load balancer, not to an old address or a hosts-file entry.", Command: "nslookup {server}"},
			{Who: ServerOwner, Title: "List which names each certificate covers", Where: "Exchange Management Shell", Do: "List which names each certificate covers (CertificateDomains) and which one is enabled for IIS.", Command: cmdListExchangeCerts},
			{Who: ServerOwner, Title: "Use one name the certificate covers, inside and outside", Where: "Exchange Management Shell (Exchange 2013-2019)", Do: "Use one namespace the certificate covers for internal and external Outlook Anywhere, and set Autodiscover and the web service URLs to names on the certificate; resolve that name inside with split DNS instead of .local names.", Command: "Set-OutlookAnywhere -Identity \"EXCH01\\Rpc (Default Web Site)\" -ExternalHostname mail.contoso.com -ExternalClientsRequireSsl $true -InternalHostname mail.contoso.com -InternalClientsRequireSsl $true"},
			{Who: ServerOwner, Title: "Get a SAN certificate for every name clients use", Where: "Certificate provider, then Exchange Management Shell", Do: "If clients must keep using another name, get a SAN certificate that lists every name they use (for example mail.contoso.com and autodiscover.contoso.com) and enable it for IIS.", Command: "Enable-ExchangeCertificate -Thumbprint <thumbprint> -Services IIS"},
			{Who: Helpdesk, Title: "Recreate profiles that still hold the old name", Where: "Windows: Control Panel > Mail > Show Profiles", Do: "Once the server side is right, recreate profiles that still hold the old name so Autodiscover fills in the new one, rather than editing them by hand."},
		},
	},
	0x00000020: {
		Title:   "Certificate expired or not yet valid",
		Meaning: "The PC's current date lies outside the validity period (valid from / valid to) of the server certificate or of a certificate in its chain. CryptoAPI reports CERT_E_EXPIRED (0x800B0101).",
		Causes: []string{
			"The Exchange certificate expired, or it was renewed but the new one is not enabled for IIS, so the old one is still served.",
			"The PC's clock, date or time zone is wrong (dead clock battery, a virtual machine restored from a snapshot, a PC with no time source).",
			"An intermediate certificate on the server expired although the server certificate is current.",
			"A load balancer or reverse proxy in front of Exchange still presents the old certificate.",
		},
		Fixes: []Step{
			{Who: UserPC, Title: "Check the PC's date, time and time zone", Where: "Windows: Settings > Time & language > Date & time", Do: "Check date, time and time zone, and turn on \"Set time automatically\"."},
			{Who: Helpdesk, Title: "Check the PC's time source", Where: "Command Prompt on the affected PC", Do: "See which time source the PC uses and when it last synchronised; if the time is off, fix the source and run w32tm /resync.", Command: "w32tm /query /status"},
			{Who: ServerOwner, Title: "Check whether the certificate for IIS has expired", Where: "Exchange Management Shell", Do: "Check NotAfter of the certificate enabled for IIS; renew it if it expired.", Command: cmdListExchangeCerts},
			{Who: ServerOwner, Title: "Enable the renewed certificate for IIS", Where: "Exchange Management Shell, on every server that answers for {server}", Do: "Import the renewed certificate and enable it for IIS; remove the expired one once nothing uses it.", Command: "Enable-ExchangeCertificate -Thumbprint <thumbprint> -Services IIS"},
			{Who: ServerOwner, Title: "Renew it on devices in front of Exchange, and the intermediates", Where: "Load balancer or reverse proxy, and certlm.msc > Intermediate Certification Authorities on the server", Do: "Replace the certificate on devices in front of Exchange too, and swap expired intermediates for current ones."},
		},
	},
	0x00000040: {
		Title:   "Certificate not meant for servers",
		Meaning: "The certificate may not be used to identify a TLS server: its Enhanced Key Usage lacks Server Authentication (1.3.6.1.5.5.7.3.1), or a CA above it restricts its usages. CryptoAPI reports CERT_E_WRONG_USAGE (0x800B0110). Microsoft's WinHTTP callback page leaves this bit out, but winhttp.h defines it.",
		Causes: []string{
			"The certificate was issued from the wrong template of a private CA (User, client-only Computer, Code Signing) instead of Web Server.",
			"A certificate made for another purpose (a client certificate, Exchange's OAuth certificate) was enabled for IIS by mistake.",
			"An intermediate CA certificate restricts usages and does not include Server Authentication.",
		},
		Fixes: []Step{
			{Who: Helpdesk, Title: "Check that the certificate allows Server Authentication", Where: "Windows certificate dialog on the affected PC: double-click server.cer > Details > Enhanced Key Usage", Do: "Check that Server Authentication (1.3.6.1.5.5.7.3.1) is listed, and look at the same field of each CA certificate in the path."},
			{Who: ServerOwner, Title: "Request a certificate with the Server Authentication usage", Where: "Private CA (Web Server template) or certificate provider", Do: "Request a new certificate with the Server Authentication usage for the names clients use."},
			{Who: ServerOwner, Title: "Enable the new certificate for IIS", Where: "Exchange Management Shell", Do: "Import the new certificate and enable it for IIS on every server that answers for {server}.", Command: "Enable-ExchangeCertificate -Thumbprint <thumbprint> -Services IIS"},
		},
	},
	0x80000000: {
		Title:   "Secure connection failed",
		Meaning: "The TLS handshake itself failed, so the certificate was never fully checked: PC and server found no protocol version or cipher suite in common, or Schannel hit another error. Microsoft's one-line description (an internal error loading the SSL libraries) undersells it. Schannel reports one of the SEC_E_* errors, for example SEC_E_ALGORITHM_MISMATCH (0x80090331).",
		Causes: []string{
			"The server accepts only TLS 1.2, and an older client (Windows 7 SP1, Server 2008 R2, Server 2012) does not offer TLS 1.2 to WinHTTP because update KB 3140245 or its DefaultSecureProtocols setting is missing.",
			"On Windows 7, TLS 1.1 and 1.2 are switched off for Schannel clients by default.",
			"Server and client cipher suites no longer overlap after hardening on either side.",
			"A TLS-inspecting proxy or load balancer in between supports different protocols, or breaks the handshake.",
		},
		Fixes: []Step{
			{Who: Helpdesk, Title: "Read the Schannel errors in the event log", Where: "Event Viewer on the affected PC and on the Exchange server: Windows Logs > System, source Schannel", Do: "Read the Schannel errors logged at the time of the failure; they name the TLS alert, such as a protocol or cipher mismatch."},
			{Who: Helpdesk, Title: "Make WinHTTP offer TLS 1.2 by default", Where: "Elevated Command Prompt on Windows 7 SP1, Server 2008 R2 or Server 2012, after installing update KB 3140245", Do: "Make WinHTTP offer TLS 1.1 and 1.2 by default. 0xA80 allows TLS 1.0, 1.1 and 1.2; use 0xA00 to leave TLS 1.0 out. Restart Outlook afterwards.", Command: "reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp\" /v DefaultSecureProtocols /t REG_DWORD /d 0xA80 /f"},
			{Who: Helpdesk, Title: "Do the same for 32-bit programs", Where: "Elevated Command Prompt on 64-bit Windows (the same PCs)", Do: "Set the same value for 32-bit programs such as 32-bit Outlook.", Command: "reg add \"HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp\" /v DefaultSecureProtocols /t REG_DWORD /d 0xA80 /f"},
			{Who: Helpdesk, Title: "Turn on TLS 1.2 for Schannel clients", Where: "Elevated Command Prompt on Windows 7 SP1 or Server 2008 R2", Do: "Switch TLS 1.2 on for Schannel clients (do the same under \"TLS 1.1\" if needed), then restart the PC.", Command: "reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client\" /v DisabledByDefault /t REG_DWORD /d 0 /f"},
			{Who: ServerOwner, Title: "Align the server's TLS settings with the clients", Where: "Exchange server and any load balancer or reverse proxy in front of it", Do: "Compare their TLS versions and cipher suites with what the clients can do (Microsoft's Exchange TLS configuration guidance); keep them aligned, or upgrade the clients rather than weakening the server."},
			{Who: Helpdesk, Title: "Test from a path without TLS inspection", Where: "Console of the TLS-inspecting proxy or firewall", Do: "Test from a network path without inspection; if Outlook connects there, exempt {server} from inspection."},
		},
	},
}

// enFirstChecks are for any code, before the per-flag fixes.
var enFirstChecks = []Step{
	{Who: Helpdesk, Title: "Check the account uses Outlook Anywhere; note its proxy URL", Where: "Outlook: File > Account Settings > Account Settings > (Exchange account) > Change > More Settings > Connection", Do: "Check that \"Connect to Microsoft Exchange using HTTP\" is ticked and open Exchange Proxy Settings: the URL there is the proxy server ({server}). If the account does not use Outlook Anywhere at all, this dialog's advice does not apply."},
	{Who: Helpdesk, Title: "Open the proxy address in a browser and read its certificate", Where: "Edge, Chrome or Firefox on the affected PC: https://{server}/rpc/rpcproxy.dll", Do: "Open the address (a login prompt or an empty page is fine; only certificate warnings matter), click the icon left of the address and open the certificate. Read: issued to and the alternative names ({server} must be among them), valid from and to (today must lie between), and the issuer chain up to the root. Export it as server.cer: double-clicking that file shows Windows' own verdict, which is what Outlook uses."},
	{Who: Helpdesk, Title: "Print the server's certificate and save it as server.cer", Where: "PowerShell on the affected PC", Do: "Print the certificate {server} presents on port 443, even a broken one, and save it as server.cer in the current folder for the certutil checks. This only reads the certificate; it trusts nothing and sends nothing.", Command: cmdShowCertificate},
	{Who: Helpdesk, Title: "Compare the WinHTTP proxy with the Windows proxy", Where: "Command Prompt on the affected PC, and Windows: Settings > Network & internet > Proxy", Do: "Compare the WinHTTP proxy with the Windows proxy. An unexpected proxy or a security product that inspects TLS shows Outlook its own certificate; the issuer is then that product's CA, not yours.", Command: "netsh winhttp show proxy"},
	{Who: UserPC, Title: "Check the PC's date, time and time zone", Where: "Windows: Settings > Time & language > Date & time", Do: "Check the PC's date, time and time zone; a wrong clock makes valid certificates look expired or not yet valid."},
}

// enResolutions are KB 923575's three resolutions, rewritten without
// Internet Explorer.
var enResolutions = map[int]Resolution{
	1: {
		Title: "Resolution 1: read the certificate the server presents",
		Intro: "For KB messages 1 and 2, and for any code with flags set. The KB's Internet Explorer padlock is gone; a current browser or PowerShell shows the same certificate. Hand what you find to whoever owns the server or the certificate.",
		Steps: []Step{
			{Who: Helpdesk, Title: "Read the certificate in a browser", Where: "Edge, Chrome or Firefox on the affected PC: https://{server}/rpc/rpcproxy.dll", Do: "Open the certificate from the icon left of the address. Subject or alternative names must include {server}; today must lie between valid from and valid to; the issuer chain must end in a root the PC trusts; Enhanced Key Usage must include Server Authentication. Export it as server.cer."},
			{Who: Helpdesk, Title: "Or print it with PowerShell", Where: "PowerShell on the affected PC", Do: "Or print the same fields without a browser; this also saves server.cer.", Command: cmdShowCertificate},
			{Who: Helpdesk, Title: "Have Windows check it, revocation included", Where: "Command Prompt on the affected PC", Do: "Let Windows check the exported certificate the way Outlook's connection does, including revocation; the output names what fails.", Command: "certutil -urlfetch -verify server.cer"},
			{Who: ServerOwner, Title: "Compare it with the certificate enabled for IIS", Where: "Exchange Management Shell", Do: "Compare the thumbprint the PC saw with the certificate enabled for IIS, then fix what the flags above point to.", Command: cmdListExchangeCerts},
		},
	},
	2: {
		Title: "Resolution 2: make the PCs trust the issuer",
		Intro: "For KB message 3, whose code is 0x00000008: the chain ends in a root the PC does not trust. The KB had each user click Install Certificate; today the root is deployed centrally, or the server gets a certificate PCs already trust.",
		Steps: []Step{
			{Who: Helpdesk, Title: "See who issued the chain", Where: "Windows certificate dialog on the affected PC: double-click server.cer > Certification Path", Do: "Find out who issued the chain: your own CA, Exchange's self-signed certificate, a security product's inspection CA, or a public CA."},
			{Who: ServerOwner, Title: "Prefer a certificate from a public CA", Where: "Certificate provider, then Exchange Management Shell", Do: "Preferred for PCs you do not manage: use a public-CA certificate for {server} and enable it for IIS.", Command: "Enable-ExchangeCertificate -Thumbprint <thumbprint> -Services IIS"},
			{Who: ServerOwner, Title: "Install the intermediate certificates on the server", Where: "Exchange server: certlm.msc > Intermediate Certification Authorities", Do: "Install the intermediate certificates so the server sends the full chain.", Command: "certutil -addstore CA intermediate.cer"},
			{Who: Helpdesk, Title: "Deploy a private CA's root by Group Policy or Intune", Where: "Group Policy Management: Computer Configuration > Policies > Windows Settings > Security Settings > Public Key Policies > Trusted Root Certification Authorities (Intune: a Trusted certificate profile)", Do: "For a private CA, import its root into this policy so every managed PC trusts it; refresh policy on a test PC.", Command: "gpupdate /force"},
			{Who: Helpdesk, Title: "Import the root on a PC outside Group Policy and Intune", Where: "Elevated PowerShell on a PC outside Group Policy and Intune", Do: "Import the private CA's root, obtained from its owner, into the computer's Trusted Root store.", Command: "Import-Certificate -FilePath root.cer -CertStoreLocation Cert:\\LocalMachine\\Root"},
			{Who: Helpdesk, Title: "Exempt the server from TLS inspection", Where: "Console of the TLS-inspecting proxy or security product", Do: "If the issuer is an inspection CA, exempt {server} from inspection instead of trusting that CA more widely."},
			{Who: Helpdesk, Title: "Test once with the root installed on one PC", Where: "Windows certificate dialog of the root certificate > Install Certificate > Local Machine > Place all certificates in the following store > Trusted Root Certification Authorities", Do: "Only as a test on one PC, and only for a root you have confirmed with its owner: if Outlook then connects, the diagnosis is right. Remove it again and deploy the root as above."},
		},
	},
	3: {
		Title: "Resolution 3: check the principal name, then add-ins",
		Intro: "For KB message 4, the wording with \"target site\", typically with (Error Code 0): WinHTTP accepted the certificate, yet Outlook refused the name. Check Outlook's certificate principal name (msstd:) first; the KB's add-in checks come second.",
		Steps: []Step{
			{Who: Helpdesk, Title: "Check the msstd: principal name against the certificate", Where: "Outlook: File > Account Settings > Account Settings > (Exchange account) > Change > More Settings > Connection > Exchange Proxy Settings", Do: "If \"Only connect to proxy servers that have this principal name in their certificate\" is ticked, the msstd: value must match the certificate: msstd:mail.contoso.com for a certificate issued to that name, msstd:*.contoso.com for a wildcard certificate."},
			{Who: ServerOwner, Title: "See which principal name Autodiscover hands out", Where: "Exchange Management Shell", Do: "See which principal name Autodiscover hands out; an empty value means msstd: plus the proxy server name.", Command: "Get-OutlookProvider EXPR | fl CertPrincipalName"},
			{Who: ServerOwner, Title: "Set the principal name to match the certificate", Where: "Exchange Management Shell", Do: "Set the principal name to match the certificate, here for a wildcard certificate. Autodiscover writes it into profiles and reverts manual edits on the PCs, so fix it here rather than on each PC.", Command: "Set-OutlookProvider EXPR -CertPrincipalName \"msstd:*.contoso.com\""},
			{Who: Helpdesk, Title: "Mind old clients that compare msstd: with the CN only", Where: "Windows on the affected PC: Win+R > winver", Do: "Windows XP and Vista before SP1 compare msstd: only with the certificate's subject common name (CN), not with its alternative names; on such clients the CN must be the msstd name."},
			{Who: UserPC, Title: "Start Outlook in safe mode", Where: "Windows: Win+R (Run)", Do: "Start Outlook in safe mode. If it connects there, an add-in is getting in the way.", Command: "outlook.exe /safe"},
			{Who: UserPC, Title: "Find the add-in that gets in the way", Where: "Outlook: File > Options > Add-ins > Manage: COM Add-ins > Go", Do: "Clear the third-party add-ins, restart Outlook, then turn them back on one at a time to find the culprit."},
		},
	},
}

// enZeroCode explains "(Error Code 0)" beside the name-mismatch sentence.
var enZeroCode = Explanation{
	Title: "(Error Code 0): no certificate flag, yet the name was refused",
	Text:  "Code 0 means WinHTTP found nothing wrong with the certificate: no flag is set. When the dialog still says the name does not match, the refusal came from Outlook's own comparison of the certificate with the principal name (msstd:) in the Exchange Proxy Settings for {server}. That happens with wildcard certificates when msstd names the host, and on old Windows versions that compare msstd only with the certificate's common name. If the principal name matches, the KB's remaining explanation is an add-in: test Outlook in safe mode and disable COM add-ins.",
	Steps: []Step{
		{Who: ServerOwner, Title: "Compare Autodiscover's principal name with the certificate", Where: "Exchange Management Shell", Do: "Compare the principal name Autodiscover hands out with the certificate's names.", Command: "Get-OutlookProvider EXPR | fl CertPrincipalName"},
		{Who: UserPC, Title: "Start Outlook in safe mode", Where: "Windows: Win+R (Run)", Do: "Then start Outlook in safe mode to rule out add-ins.", Command: "outlook.exe /safe"},
	},
}

// enWin32Misread says why generic error look-ups mislead.
const enWin32Misread = "This code is a bit mask of certificate problems, not a Windows error number. Err.exe, certutil -error and net helpmsg look it up as a Win32 error and answer something unrelated: 0x8 becomes \"not enough memory\", 0x10 \"the directory cannot be removed\", 0x20 \"sharing violation\". Split the code into its bits instead: 0x18 is 0x10 (name does not match) plus 0x8 (issuer not trusted)."

// enFamilies explain codes of other kinds that people paste instead.
var enFamilies = map[string]Explanation{
	FamilyHRESULT: {
		Title: "A Windows error code (HRESULT), not this dialog's flags",
		Text:  "Codes such as 0x800B0109 are HRESULTs from CryptoAPI and Schannel (CERT_E_*, TRUST_E_* in 0x800Bxxxx; CRYPT_E_*, SEC_E_* in 0x8009xxxx). They come from event logs, certutil output, .NET exceptions or connectivity tests, and each names one error, so reading one as a set of flags gives nonsense. Here certutil -error is the right look-up. Several match one flag of the dialog: CERT_E_UNTRUSTEDROOT (0x800B0109) is 0x8, CERT_E_CN_NO_MATCH (0x800B010F) is 0x10, CERT_E_EXPIRED (0x800B0101) is 0x20.",
		Steps: []Step{
			{Who: Helpdesk, Title: "Look the code up with certutil", Where: "Command Prompt on any Windows PC", Do: "Look the code up by name; put your own number in place of the example.", Command: "certutil -error 0x800B0109"},
		},
	},
	FamilyWinHTTP: {
		Title: "A WinHTTP or WinINet error number, not this dialog's flags",
		Text:  "Numbers from 12001 to 12192 are WinINet and WinHTTP errors, also seen wrapped as 0x80072Fxx (ActiveSync's 0x80072F0D is 12045). Each names one failure rather than a set of bits: 12037 certificate date invalid, 12038 name does not match, 12045 issuer not trusted, 12157 secure channel error, 12175 secure failure (one or more certificate flags, which the dialog's code then spells out). Read the number as that single error; the certificate checks for the matching flag apply.",
		Steps: []Step{
			{Who: Helpdesk, Title: "Look up its HRESULT form with certutil", Where: "Command Prompt on any Windows PC", Do: "Look up the HRESULT form, which names most of them; put your own number in place of the example.", Command: "certutil -error 0x80072F0D"},
		},
	},
	FamilyCertTrust: {
		Title: "CryptoAPI chain status bits, not this dialog's flags",
		Text:  "CERT_TRUST_* names and .NET's X509ChainStatusFlags describe a certificate chain with their own bit layout: there 0x1 means not time-valid and 0x20 an untrusted root, while in this dialog 0x20 is the date and 0x8 the issuer. Read them by name in the tool that printed them; decoding them as WinHTTP flags would point at the wrong problem.",
	},
	FamilyBrowser: {
		Title: "A browser's certificate error, not this dialog's flags",
		Text:  "Names such as NET::ERR_CERT_AUTHORITY_INVALID (Edge, Chrome), SEC_ERROR_UNKNOWN_ISSUER (Firefox) or DLG_FLAGS_INVALID_CA (Internet Explorer) are what a browser shows when it refuses a site's certificate, as when https://{server}/rpc/rpcproxy.dll is opened for the first checks. Each names one problem, and most match one flag of the dialog: an issuer not trusted is 0x8, a name that does not match 0x10, a date out of range 0x20, a revoked certificate 0x4, a revocation check that failed 0x1, a protocol or cipher the two sides do not share 0x80000000. The browser was shown the same certificate as Outlook, so that flag's causes and fixes apply. Firefox keeps its own trusted roots, so an issuer error seen only there says nothing about Windows' trust.",
		Steps: []Step{
			{Who: Helpdesk, Title: "Open the certificate the browser was given", Where: "The browser's error page on the affected PC: Advanced, then the certificate (or the icon left of the address)", Do: "Open the certificate the browser was given and compare its names, dates and issuer with the flag the error matches; export it for proxycert's certificate check."},
		},
	},
	FamilyIgnoreFlags: {
		Title: "SECURITY_FLAG_IGNORE_* options, not errors",
		Text:  "SECURITY_FLAG_IGNORE_UNKNOWN_CA (0x100), SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE (0x200), SECURITY_FLAG_IGNORE_CERT_CN_INVALID (0x1000) and SECURITY_FLAG_IGNORE_CERT_DATE_INVALID (0x2000) are options a program sets to skip a check, not reports of a failure. Outlook offers no such switch; the fix is the certificate or the client's trust, as the matching flag describes.",
	},
}

// enNearMisses explain look-alike dialogs that are not this error.
var enNearMisses = map[string]Explanation{
	NearMissSecurityAlert: {
		Title: "Outlook's Security Alert, not the proxy certificate error",
		Text:  "\"The name on the security certificate is invalid or does not match the name of the site\" without the proxy sentence and without a code is Outlook's Security Alert. It usually comes from Autodiscover or Exchange Web Services (free/busy, Out of Office, address book download) reaching a host the certificate does not cover, often https://contoso.com/autodiscover/autodiscover.xml or an internal server name. The alert names that host; the name-mismatch advice applies to it.",
		Steps: []Step{
			{Who: Helpdesk, Title: "Run Test Email AutoConfiguration", Where: "Outlook: Ctrl+right-click the Outlook icon in the notification area > Test Email AutoConfiguration", Do: "Run the test with Autodiscover only and see which URLs Outlook tries and which one the alert is about."},
			{Who: ServerOwner, Title: "Check the Autodiscover and web service URLs", Where: "Exchange Management Shell (Exchange 2016/2019; Get-ClientAccessServer on 2010/2013)", Do: "Check that the Autodiscover URL and the web service URLs use names on the certificate.", Command: "Get-ClientAccessService | fl Name,AutoDiscoverServiceInternalUri"},
		},
	},
	NearMissCannotVerify: {
		Title: "An IMAP, POP or SMTP certificate warning",
		Text:  "\"The server you are connected to is using a security certificate that cannot be verified\" comes from an IMAP, POP or SMTP account, not from Exchange's RPC over HTTP proxy. The same certificate questions (name, issuer, date) apply, but to the mail server and port of that account, and there is no flag code to decode.",
		Steps: []Step{
			{Who: Helpdesk, Title: "Check the incoming and outgoing server names", Where: "Outlook: File > Account Settings > Account Settings > (the account) > Change", Do: "Check the incoming and outgoing server names: they must be names on the mail server's certificate, which is often the provider's host name rather than your own domain."},
		},
	},
	NearMissEncrypted: {
		Title: "No encrypted connection offered during account setup",
		Text:  "\"An encrypted connection to your mail server is not available\" appears while Outlook sets up an account and cannot find a secure way to reach the server. It is not this certificate dialog and has no flags: the account's server names, ports or encryption settings, or Autodiscover, need checking.",
		Steps: []Step{
			{Who: Helpdesk, Title: "Enter the provider's server settings by hand", Where: "Outlook: File > Add Account > Advanced options > Let me set up my account manually", Do: "Enter the server names, ports and encryption the mail provider documents (for example IMAP 993 with SSL/TLS, SMTP 587 with STARTTLS) rather than accepting an unencrypted connection."},
		},
	},
}

// enWarnings are remarks on a reading (placeholders per keys.go).
var enWarnings = map[string]string{
	WarnVariant3Code:   "The dialog is KB message 3 (issuer not trusted), which always carries 0x00000008, but the code here is {code}. Check that the code belongs to this dialog.",
	WarnNameNoCN:       "The dialog says the name does not match, but code {code} has no name flag (0x10). The name may have been refused by the msstd principal-name check, or the code comes from another dialog.",
	WarnUnknownBits:    "The code sets bits {bits} that no certificate flag uses (only 0x8000007F are defined); it may be mistyped or belong to another kind of code.",
	WarnAmbiguous:      "\"{digits}\" was read as hexadecimal, as Outlook prints it: {code}. Read as a decimal number it would be {decimal}, shown as an alternative.",
	WarnNoCode:         "The dialog was recognised but holds no error code; paste it including the number in brackets at the end.",
	WarnNoServer:       "The dialog was recognised but names no proxy server; find it in Outlook's Exchange Proxy Settings.",
	WarnSeveralCodes:   "The text holds {count} codes; the first one, {code}, was used.",
	WarnOtherLanguage:  "The dialog is in a language proxycert has no texts for; its server and code were still read. Where its reason sentence could not be read, the KB message shown is the one the code fits: compare it with the dialog.",
	WarnDecimalOverHex: "\"{digits}\" has too many digits for a hexadecimal code, so it was read as a decimal number: {code}.",
	WarnTooLong:        "The input is longer than {limit}; only the beginning was read.",
	WarnLookalike:      "“{written}” has characters that only look like those of a code (O for 0, l or I for 1, or a multiplication sign ×, a Cyrillic х or a full-width ｘ for the x of 0x), as happens when a code is typed again, read from a screenshot or copied from a typeset page; it was read as {code}. Compare it with the dialog.",
	WarnLookalikeHost:  "The server “{written}” has letters that only look like digits (O for 0, l or I for 1), as happens when a dialog is read from a screenshot; it is an address, so it was read as {server}. Compare it with the dialog.",
	WarnPartUnread:     "“{written}” could not be read and was left out; the answer below is for the rest of the code, {code}. Check the piece that was left out against the dialog.",
	WarnCodeCut:        "The code “{digits}” looks cut short: its bracket is not closed, or it has fewer digits than Outlook writes after 0x (eight). If part of it was lost when the message was copied, look at the dialog again; the answer below is for {code}.",
}

// enErrors say why an input could not be read (placeholders per keys.go).
var enErrors = map[string]string{
	ErrEmpty:       "Nothing to read: paste the Outlook dialog or its error code, for example (0x00000018).",
	ErrTooBig:      "\"{text}\" at character {pos} does not fit in 32 bits (the largest code is {limit}); this dialog's codes have at most eight hex digits.",
	ErrUnknownName: "\"{text}\" at character {pos} is not a flag name; flag names look like FLAG_INVALID_CA or WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA.",
	ErrBadNumber:   "\"{text}\" at character {pos} is not a valid number; codes look like 0x00000018, 18 or -2147483640.",
	ErrNothing:     "Neither the proxy certificate dialog nor an error code was found. Paste the whole dialog (Ctrl+C on the message box copies it) or just the code.",
}

// enUI holds the strings of the command line, the ticket notes and the
// page. It is the table of the UI keys: gen.go makes a Key constant of
// every key written here, in this order, so a new text starts here (then
// go generate, then a text in every other catalog).
var enUI = map[Key]string{
	UIReading:           "Reading",
	UIVariant:           "KB message {variant}",
	UINoVariant:         "Code only, no dialog text",
	UILanguage:          "Language",
	UIServer:            "Proxy server",
	UIServerWhere:       "Outlook keeps it at File > Account Settings > Account Settings > (Exchange account) > Change > More Settings > Connection > Exchange Proxy Settings, \"Use this URL to connect to my proxy server for Exchange\" (profile property 001f6622).",
	UICode:              "Code",
	UIFlags:             "Flags set",
	UINoFlags:           "No certificate flag set (code 0)",
	UIUnknownBits:       "Unknown bits",
	UIMeaning:           "Meaning",
	UICauses:            "Typical causes",
	UIFixes:             "Fixes",
	UIFirstChecks:       "First checks",
	UIResolution:        "KB 923575 resolution",
	UIWarnings:          "Warnings",
	UIAlternative:       "Read as decimal, the digits give {code}",
	UIWhere:             "Where",
	UICommand:           "Command",
	UINotThis:           "Not this error",
	UINoBrowser:         "No browser could be opened; open this address yourself:",
	UIServerPlaceholder: "<server>",

	// Ticket notes (package app/note) and the decode --jsonl errors.
	UINoteWorkTitle:              "Outlook proxy certificate error: work note",
	UINoteSeparator:              "; ",
	UINoteSummary:                "{code} on {server}: {flags}.",
	UINoteSummaryNoServer:        "{code}: {flags}.",
	UINoteSummaryNothing:         "The proxy certificate dialog, without its error code or server name.",
	UINoteSummaryNoCode:          "The proxy certificate dialog for {server}, without its error code.",
	UINoteSummaryNotThis:         "Not the Outlook proxy certificate error: {what}",
	UINoteNothing:                "nothing could be read",
	UINoteNoServer:               "not named in the input",
	UINoteDialog:                 "Dialog",
	UINoteAsWritten:              "(written \"{text}\")",
	UINoteNoCode:                 "not in the input",
	UINoteError:                  "Could not be read",
	UINoteOriginal:               "Message as pasted",
	UINoteWinHTTP:                "WinHTTP constant",
	UINoteSameAs:                 "Same problem as",
	UINoteSteps:                  "Steps, in order",
	UINoteStepsIntro:             "Work through the groups in this order and stop once Outlook connects. Each step says who acts and where.",
	UINoteGroup:                  "{n}. {title}",
	UINoteFixesFor:               "Fixes for {flag}",
	UINoteLink:                   "Open this answer in proxycert",
	UINoteLinkShort:              "The pasted message is too long for a link, so the link carries only what was read from it.",
	UINoteWrittenBy:              "Written by proxycert {version}.",
	UINoteKindWork:               "Work note (internal)",
	UINoteKindCustomer:           "Customer comment",
	UINoteFormatText:             "Plain text",
	UINoteFormatMarkdown:         "Markdown",
	UINoteFormatJira:             "Jira wiki markup",
	UINoteCustomerIntro:          "Outlook could not connect to {server}, the server it uses to reach your mailbox, because that server's security certificate did not pass the checks your computer makes.",
	UINoteCustomerIntroNoServer:  "Outlook could not connect to the server it uses to reach your mailbox, because that server's security certificate did not pass the checks your computer makes.",
	UINoteCustomerFound:          "What the message tells us",
	UINoteCustomerFlagRevocation: "Your computer could not check online whether the certificate is still valid.",
	UINoteCustomerFlagInvalid:    "The certificate is damaged or incomplete.",
	UINoteCustomerFlagRevoked:    "The certificate has been withdrawn by the organisation that issued it.",
	UINoteCustomerFlagIssuer:     "The certificate comes from an issuer your computer does not trust.",
	UINoteCustomerFlagName:       "The certificate was issued for a different name than the one Outlook connects to.",
	UINoteCustomerFlagDate:       "The certificate has expired or is not valid yet, or your computer's date or time is wrong.",
	UINoteCustomerFlagUsage:      "The certificate is not meant to identify a server.",
	UINoteCustomerFlagChannel:    "Your computer and the server could not agree on a secure way to connect.",
	UINoteCustomerZero:           "The certificate itself passed the checks, but Outlook did not accept the name on it, or an Outlook add-in interfered.",
	UINoteCustomerYou:            "What you can do now",
	UINoteCustomerDoClock:        "Check that your computer's date, time and time zone are right (Windows: Settings > Time & language > Date & time) and that \"Set time automatically\" is on.",
	UINoteCustomerDoNetwork:      "If you can, tell us whether the message also appears on another network, for example at home or in the office.",
	UINoteCustomerDoSafeMode:     "Try starting Outlook in safe mode: press the Windows key and R, type outlook.exe /safe and press Enter. Tell us whether Outlook connects that way.",
	UINoteCustomerDont:           "Please do not install certificates or change security settings yourself, even if a message offers it; we will tell you if anything is needed on your computer.",
	UINoteCustomerWe:             "What we are doing",
	UINoteCustomerDoing:          "We are looking into the certificate problem.",
	UINoteCustomerDoing1:         "We are checking the certificate the server presents and will have it corrected by the team that runs the server.",
	UINoteCustomerDoing2:         "We are making sure your computer trusts the organisation that issued the certificate, or having the server use a certificate that computers already trust.",
	UINoteCustomerDoing3:         "We are checking the name Outlook expects on the server's certificate, and whether an Outlook add-in is involved.",
	UINoteCustomerNeedCode:       "The message you sent does not include the error code at its end. Please send us the complete message: click the message window, press Ctrl+C and paste it into your reply.",
	UINoteCustomerOtherDialog:    "The message you sent is a different Outlook warning from the one this usually is. We are looking into what it means for your account.",
	UINoteCustomerOtherCode:      "The code you sent is a different kind of error code. We are looking it up and will tell you what it means.",
	UINoteCustomerNeedMessage:    "We could not read the error from what you sent. Please send us the complete message: click the message window, press Ctrl+C and paste it into your reply.",
	UINoteCustomerUpdate:         "We will update this ticket as soon as we know more. If the message changes, or appears on another computer, please reply with the new message.",
	UIJSONLBadJSON:               "Not a JSON object: each line must be one object such as {\"id\": \"INC0012345\", \"text\": \"…\"}.",
	UIJSONLNoText:                "The object has no \"text\", or it is empty.",
	UIJSONLTextType:              "\"text\" must be a string.",
	UIJSONLIDType:                "\"id\" must be a string, a number, true, false or null.",
	UIJSONLTooLong:               "The line is longer than {limit} bytes.",
	UIJSONLTextTooLong:           "\"text\" is longer than {limit} bytes, more than the decoder reads.",

	// The page's own strings.
	UIPageTitle:            "Outlook proxy certificate error decoder",
	UIPageDescription:      "Paste Outlook's “There is a problem with the proxy server's security certificate” message or its code to see which checks failed and who fixes what.",
	UIPageTagline:          "Paste the message or its error code to see which certificate checks failed, and who fixes what, where.",
	UIPageLoading:          "Starting the interactive page…",
	UIPageLangSwitch:       "Language",
	UIPageLangUnknown:      "Not known",
	UIPageLangNone:         "None (code only)",
	UIPageInputSection:     "Input",
	UIPageInputLabel:       "Paste the Outlook message or the code",
	UIPageInputHint:        "The answer follows as you type or paste. Nothing you paste leaves this page.",
	UIPageExamples:         "Or try an example:",
	UIPageExampleEn:        "English dialog: KB message 2 with (0x00000018)",
	UIPageExampleJa:        "Japanese dialog: KB message 3 with (0x00000008)",
	UIPageExampleCode:      "A bare code: 0x80000020",
	UIPageAnswerTitle:      "What it means",
	UIPageEmpty:            "Paste the Outlook message or its code into the box, or pick an example, and the answer shows here.",
	UIPageNotRecognized:    "This is neither the proxy certificate dialog nor one of its codes.",
	UIPageSummary:          "{code}: {flags}.",
	UIPageSummaryServer:    "{code}: {flags}. Proxy server: {server}.",
	UIPageSummaryNoCode:    "The dialog was recognised, but it holds no code.",
	UIPageDialog:           "Dialog",
	UIPageNoServer:         "Not named in the input",
	UIPageNoCode:           "Not found in the input",
	UIPageAsWritten:        "written “{text}”",
	UIPageCopyLink:         "Copy link",
	UIPageCopied:           "Link copied. Paste it into the ticket.",
	UIPageCopyRefused:      "The browser did not allow copying.",
	UIPageCopyFallback:     "Select the link and copy it yourself (Ctrl+C):",
	UIPageNoteTitle:        "Ticket note",
	UIPageNoteIntro:        "The answer written up for a ticket: a work note for the helpdesk, short (the flags and the steps in order, with the link) or with the full reference, or a short comment in plain words for the user. The preview is exactly what gets copied.",
	UIPageNoteKind:         "Kind of note",
	UIPageNoteFormat:       "Format",
	UIPageNotePreview:      "Preview (this is the text that gets copied)",
	UIPageNoteCopy:         "Copy ticket note",
	UIPageNoteCopied:       "Ticket note copied. Paste it into the ticket.",
	UIPageNoteCopyRefused:  "The browser did not allow copying. The note is selected in the preview: press Ctrl+C to copy it.",
	UIPageUseDecimal:       "Read it as {code}",
	UIPageFamilyFlag:       "In the dialog's code, the same problem is {code} {name}: {title}.",
	UIPageFamilyFlagShow:   "Explain {code}",
	UIPageValue:            "Value",
	UIPageKBName:           "Name in KB 923575",
	UIPageWinHTTPName:      "WinHTTP constant",
	UIPageChecklistTitle:   "Build a code from flags",
	UIPageChecklistFlags:   "Certificate flags",
	UIPageChecklistUnknown: "The code also has bits no flag defines: {bits}.",
	UIPageChecklistServer:  "Proxy server name",
	UIPageChecklistCode:    "Code",
	UIPageLinkProblems:     "Part of this link could not be used:",
	UIPageLinkUnreadable:   "The part after # or ? is not valid link parameters; check that the whole link was copied.",
	UIPageLinkBadLang:      "The link asks for the language “{lang}”, which this page does not have ({langs}).",
	UIPageLinkRepeated:     "The link gives {name}= more than once ({values}); the first one was used.",
	UIPageLinkBadMsg:       "“msg={msg}” in the link is not a KB 923575 message number (1 to 4), so it was left out.",
	UIPageLinkBadServer:    "“{server}” in the link is not a server name, so it was left out.",
	UIPageLinkBadCode:      "“{code}” in the link is not a code of this dialog; see the answer below.",
	UIPageLinkNoCode:       "The link names a server but no code: tick the flags or paste the message.",
	UIPageFooter:           "Works offline once opened. Nothing you paste is sent anywhere.",
	UIPageUpdateAvailable:  "A new version of this page has been installed.",
	UIPageUpdateReload:     "Reload to update",
	UIPageTooLong:          "The text is {size} KiB, more than the {limit} KiB this page reads: only the first {limit} KiB were decoded. Paste just the Outlook message to have all of it read.",
	UIPageLinkLeftOut:      "This text is too long for a link (the address would reach {limit} characters), so the address and “Copy link” leave it out. Attach the text to the ticket instead.",

	// Screenshots (app/page: imagereader.go, pageimage.go, pastebox.go).
	UIPageImageHint:          "A screenshot of the message works too: paste it (Ctrl+V) or drop it on the box, or choose the picture. It is read inside this page; it is not uploaded, and it is not put into the address or the copied link.",
	UIPageImageChoose:        "Choose a screenshot",
	UIPageImageDownloading:   "Downloading the screenshot reader (once)…",
	UIPageImageStarting:      "Starting the screenshot reader…",
	UIPageImageReading:       "Reading the picture…",
	UIPageImageReadingJa:     "Reading the picture again, as Japanese…",
	UIPageImageCancel:        "Cancel",
	UIPageImageFromImage:     "Read from an image: check the server name and the code against the picture, and correct them here if the reading is wrong.",
	UIPageImageNoDialog:      "No Outlook dialog was found in the picture. Use a screenshot of the message itself, or paste its text (click the message, press Ctrl+C).",
	UIPageImageLoadFailed:    "The screenshot reader could not be downloaded. Check the connection and try again; once used, it works offline.",
	UIPageImageNotPicture:    "This file is not a picture the browser can open: use PNG, JPEG, BMP or WebP.",
	UIPageImageFailed:        "The picture could not be read.",
	UIPageImageOffline:       "Make screenshot reading available offline",
	UIPageImageOfflineBusy:   "Downloading the screenshot reader…",
	UIPageImageOfflineDone:   "Screenshots are now read offline in this browser too.",
	UIPageImageOfflineUnkept: "Downloaded, but this browser does not keep the page's files for offline use.",
	UIPageImageOfflineFailed: "The download failed. Check the connection and try again.",

	// The certificate check (app/page: certcheck.go, certverdicts.go, certfields.go).
	UIPageCertTitle:          "Check the certificate",
	UIPageCertIntro:          "Paste the proxy server's certificate, or drop or choose its file, to see which flags of the code above this certificate explains. It is read inside this page: it is not uploaded, and it is not put into the address or the copied link.",
	UIPageCertPasteLabel:     "Certificate: PEM (one certificate or the whole chain) or bare base64",
	UIPageCertDrop:           "Drop .cer, .crt, .pem or .der files here, or choose them:",
	UIPageCertFiles:          "Files read: {names}",
	UIPageCertClearFiles:     "Remove the files",
	UIPageCertFileError:      "{name}: {error}",
	UIPageCertFileUnreadable: "The browser could not read this file.",
	UIPageCertServerLabel:    "Server name",
	UIPageCertServerHint:     "Taken from the message above; change it to check the certificate against another name.",
	UIPageCertMsstdLabel:     "Principal name (msstd), optional",
	UIPageCertMsstdHint:      "From Outlook's Exchange Proxy Settings: “Only connect to proxy servers that have this principal name in their certificate”.",
	UIPageCertAtLabel:        "Check the dates against (this computer's local time)",
	UIPageCertAtHint:         "Now by default. A wrong clock on the PC that showed the dialog is one cause of 0x20: enter that PC's date and time to see the certificate as that PC does.",
	UIPageCertEmpty:          "Nothing to check yet: paste a certificate or choose its file.",
	UIPageCertStatus:         "{count} certificates read. {verdicts}",
	UIPageCertVerdict:        "{flag}: {verdict}",
	UIPageCertNoFlags:        "Code 0 sets no flag: Windows found nothing wrong with the certificate. With the target-site dialog, enter the principal name (msstd) to check it.",
	UIPageCertCommand:        "This page cannot open a connection. From the PC or the network where Outlook fails, {command} reads the certificate the server presents there and says which code Outlook will show.",

	// The answer's layout: the steps first, the reference after them.
	UIPageStepsTitle:      "What to do, in order",
	UIPageWhoFirst:        "First to act:",
	UIPageWhoThen:         "then",
	UIPageStepsOpenAll:    "Show how to do every step",
	UIPageStepsCloseAll:   "Show the steps only",
	UIPageCopyCommand:     "Copy command",
	UIPageCommandCopied:   "Command copied.",
	UIPageCommandFallback: "Select the command and copy it yourself (Ctrl+C):",
	UIPageReference:       "Reference",
	UIPageFlagsTitle:      "Flags in {code}",
	UIPageFlagsHint:       "A ticked box is a flag set in the code. Tick or untick them to build another code: the answer, the text box and the address follow.",
	UIPageFlagMore:        "What WinHTTP saw, and why",
	UIPageCertStatusOne:   "1 certificate read. {verdicts}",
	UIPageNoteLength:      "Work note",
	UIPageNoteShort:       "Short",
	UIPageNoteFull:        "Full reference",
	UINoteShortMore:       "The link opens the whole answer: where and how to do each step, the commands, and what each flag means.",
}
