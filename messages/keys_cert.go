package messages

// Keys of Catalog.Cert: the texts of package decoder/cert, which reads a
// pasted certificate and says which flags it explains. Placeholders are
// listed with each group; texts may leave any of them out. Evidence values
// that are empty show as the CertFieldNone text (for {server}, as the UI's
// server placeholder).

// Reading errors: why a paste or file gave no certificate. Placeholders:
// {type} the PEM block type as written (e.g. "RSA PRIVATE KEY"), {line} the
// 1-based line where the problem starts, {piece} the offending text,
// shortened (for CertErrTooManyCert, the number of certificates), {limit}
// the limit broken. {line} is 0 for errors not tied to a line (binary
// files), so only the texts of PEM and base64 problems use it.
const (
	CertErrEmpty       = "cert.err.empty"       // nothing but spaces
	CertErrTooLarge    = "cert.err.too-large"   // over the size limit
	CertErrTruncated   = "cert.err.truncated"   // a BEGIN line without its END line
	CertErrNoBegin     = "cert.err.no-begin"    // an END line without a BEGIN line
	CertErrCutShort    = "cert.err.cut-short"   // the base64 decodes, but the data ends too early
	CertErrBadBase64   = "cert.err.bad-base64"  // a character that is not base64 where base64 belongs
	CertErrDamaged     = "cert.err.damaged"     // the data decodes, but is no certificate
	CertErrPrivateKey  = "cert.err.private-key" // a private key: refuse it loudly
	CertErrCSR         = "cert.err.csr"         // a certificate request, not the certificate
	CertErrPKCS12      = "cert.err.pkcs12"      // a .pfx/.p12 file: holds the key as well
	CertErrPKCS7Empty  = "cert.err.pkcs7-empty" // a .p7b/PKCS #7 file without certificates
	CertErrOtherType   = "cert.err.other-type"  // a PEM block of another kind (PUBLIC KEY, X509 CRL)
	CertErrBinary      = "cert.err.binary"      // a binary file that is not a DER certificate
	CertErrNotFound    = "cert.err.not-found"   // text with neither a PEM block nor base64
	CertErrTooManyCert = "cert.err.too-many"    // more certificates than a chain can have
)

// Verdicts on one flag, as the page and the command line label them.
const (
	CertVerdictExplained    = "cert.verdict.explained"     // this certificate explains the flag
	CertVerdictNotExplained = "cert.verdict.not-explained" // nothing in it explains the flag
	CertVerdictCannotTell   = "cert.verdict.cannot-tell"   // it cannot be told offline
)

// Evidence about the name (0x10) and the msstd principal name. Placeholders:
// {server} the server name as normalised, {name} the certificate name that
// matched or the principal name without "msstd:", {names} the certificate's
// names joined by ", ", {cn} the subject common name, {ips} the IP address
// names, {pattern} a wildcard name.
const (
	CertNoServer            = "cert.name.no-server"         // no server was given
	CertNameMatchSAN        = "cert.name.match-san"         // {server} is covered by {name}
	CertNameMatchCN         = "cert.name.match-cn"          // no SAN; the CN {cn} matches: Windows yes, browsers no
	CertNameMatchIP         = "cert.name.match-ip"          // {server} is an IP address name
	CertNameNoMatch         = "cert.name.no-match"          // SAN lists {names}; server is {server}
	CertNameNoMatchCN       = "cert.name.no-match-cn"       // no SAN; CN is {cn}; server is {server}
	CertNameNoNames         = "cert.name.no-names"          // neither SAN nor CN
	CertNameIPNoMatch       = "cert.name.ip-no-match"       // server {server} is an IP; IP names are {ips}
	CertNameCNIgnored       = "cert.name.cn-ignored"        // the CN {cn} matches but is ignored beside SANs
	CertNameWildcardDepth   = "cert.name.wildcard-depth"    // {pattern} covers one label only, not {server}
	CertNameWildcardApex    = "cert.name.wildcard-apex"     // {pattern} does not cover {server} itself
	CertNameWildcardPartial = "cert.name.wildcard-partial"  // {pattern} has * inside a label
	CertNameWildcardTooWide = "cert.name.wildcard-too-wide" // {pattern} sits right under a public suffix
	CertNameInternal        = "cert.name.internal"          // {server} is an internal name
	CertMsstdCN             = "cert.msstd.cn"               // msstd:{name} equals the CN: every client accepts
	CertMsstdSANOnly        = "cert.msstd.san-only"         // equals a SAN but not the CN {cn}
	CertMsstdWildcard       = "cert.msstd.wildcard"         // {name} falls under {pattern}, but msstd is compared as text
	CertMsstdNoMatch        = "cert.msstd.no-match"         // msstd:{name} is none of {names}
)

// Evidence about the dates (0x20). Placeholders: {subject} the certificate's
// common name (or subject), {from} and {to} its validity, {at} the time
// checked against, {days} whole days.
const (
	CertDateValid   = "cert.date.valid"   // valid from {from} to {to}; {days} left at {at}
	CertDateExpired = "cert.date.expired" // {subject} expired {to}, {days} before {at}
	CertDateNotYet  = "cert.date.not-yet" // {subject} valid only from {from}, {days} after {at}
	CertDateClock   = "cert.date.clock"   // still 0x20? check the PC's clock; with a command
)

// Evidence about the usage (0x40) and key usage. Placeholders: {subject},
// {ekus} the extended key usages joined by ", ", {usage} the key usages,
// {need} the key usages TLS needs (any one of them), {alg} the key
// algorithm. Usage names come in the catalog's language.
const (
	CertUsageServerAuth = "cert.usage.server-auth" // Server Authentication is listed
	CertUsageNoEKU      = "cert.usage.no-eku"      // no EKU extension: every purpose
	CertUsageAny        = "cert.usage.any"         // the "any purpose" EKU
	CertUsageMissing    = "cert.usage.missing"     // {subject} lists {ekus} without Server Authentication
	CertKeyUsageBad     = "cert.usage.key-usage"   // key usage {usage} lacks {need} for an {alg} key
)

// Evidence about the issuer and the chain (0x8, 0x2), weak algorithms,
// the handshake (0x80000000) and revocation (0x1, 0x4). Placeholders:
// {subject}, {issuer}, {child} the certificate an issuer signed, {oids}
// dotted OIDs, {alg} an algorithm, {bits} a key size, {urls} addresses
// joined by ", ", {server} in CertTrustCommand. Evidence with a command
// carries it apart from the text, which ends where the command follows.
const (
	CertSelfSigned     = "cert.issuer.self-signed"   // trusted only if in Trusted Root on the PC
	CertRootPasted     = "cert.issuer.root-pasted"   // chain ends at a pasted root: trust is the PC's
	CertIssuerMissing  = "cert.issuer.missing"       // {issuer} is not in the paste
	CertTrustCommand   = "cert.issuer.command"       // how to check the chain on the PC, with a command
	CertReordered      = "cert.issuer.reordered"     // pasted out of order; shown leaf first
	CertUnrelated      = "cert.issuer.unrelated"     // {subject} is not part of the chain
	CertBadLink        = "cert.issuer.bad-link"      // {child} names {issuer}, but it did not sign it
	CertNotCA          = "cert.issuer.not-ca"        // {subject} issued a certificate but is no CA
	CertCritical       = "cert.issuer.critical"      // {subject} has unknown critical extensions {oids}
	CertInvalidNone    = "cert.issuer.invalid-none"  // nothing makes the paste invalid
	CertWeakSigBroken  = "cert.weak.sig-broken"      // {subject} signed with {alg} (MD5, MD2): refused
	CertWeakSigSHA1    = "cert.weak.sig-sha1"        // {subject} signed with {alg}: reissue with SHA-256
	CertKeyTooSmall    = "cert.weak.key-too-small"   // RSA key of {bits} bits: Windows refuses under 1024
	CertKeyWeak        = "cert.weak.key"             // {alg} key of {bits} bits: below today's minimum
	CertKeyUnsupported = "cert.weak.key-unsupported" // {alg} key: Windows cannot use it for TLS
	CertChannelOffline = "cert.channel.offline"      // a handshake failure does not show in a certificate
	CertChannelCommand = "cert.channel.command"      // how to check TLS from the PC, with a command
	CertRevOffline     = "cert.rev.offline"          // revocation cannot be checked offline
	CertRevCRL         = "cert.rev.crl"              // CRL addresses {urls}
	CertRevOCSP        = "cert.rev.ocsp"             // OCSP addresses {urls}
	CertRevNone        = "cert.rev.none"             // no CRL or OCSP address at all
	CertRevCommand     = "cert.rev.command"          // run certutil -urlfetch -verify, with the command
	CertRevPassed      = "cert.rev.output-passed"    // how to read "Leaf certificate revocation check passed"
	CertRevOutOffline  = "cert.rev.output-offline"   // how to read 0x80092013 CRYPT_E_REVOCATION_OFFLINE
	CertRevOutRevoked  = "cert.rev.output-revoked"   // how to read 0x80092010 CRYPT_E_REVOKED
	CertRevOutURLs     = "cert.rev.output-urls"      // how to read the Certificate CDP / OCSP sections
	CertRevProxy       = "cert.rev.proxy"            // the fetch uses the WinHTTP proxy, with a command
	CertNoCertificate  = "cert.none"                 // Check was given no certificate
	CertPrincipalTitle = "cert.msstd.title"          // heading of the msstd check
)

// Labels of the certificate field table and the command line.
const (
	CertHeading          = "cert.heading"    // heading of the whole check
	CertCheckedAt        = "cert.checked-at" // "Dates checked against {at}"
	CertFieldsHeading    = "cert.fields"     // heading of the field table
	CertRoleLeaf         = "cert.role.leaf"  // the server's certificate
	CertRoleIntermediate = "cert.role.intermediate"
	CertRoleRoot         = "cert.role.root"
	CertRoleUnrelated    = "cert.role.unrelated"
	CertFieldSubject     = "cert.field.subject"
	CertFieldDNSNames    = "cert.field.dns-names"
	CertFieldIPNames     = "cert.field.ip-names"
	CertFieldIssuer      = "cert.field.issuer"
	CertFieldNotBefore   = "cert.field.not-before"
	CertFieldNotAfter    = "cert.field.not-after"
	CertFieldEKU         = "cert.field.eku"
	CertFieldKeyUsage    = "cert.field.key-usage"
	CertFieldKey         = "cert.field.key"       // label: the public key
	CertFieldKeyValue    = "cert.field.key-value" // its value: {alg} and {bits}
	CertFieldSignature   = "cert.field.signature"
	CertFieldSerial      = "cert.field.serial"
	CertFieldSHA1        = "cert.field.sha1"   // Windows calls it the thumbprint
	CertFieldSHA256      = "cert.field.sha256" // shown by newer Windows and browsers
	CertFieldCRL         = "cert.field.crl"
	CertFieldOCSP        = "cert.field.ocsp"
	CertFieldNone        = "cert.field.none"   // an empty list
	CertFieldNoEKU       = "cert.field.no-eku" // no EKU extension: "(any purpose)"
	CertFlagsFor         = "cert.flags-for"    // "Verdicts for code {code}", the code in hex
	CertFlagsAll         = "cert.flags-all"    // "Verdicts for every flag"
	CertNotesHeading     = "cert.notes"        // heading of the remarks on the paste
)

// Names of extended key usages (keys CertEKUPrefix + the name) and of key
// usages (CertKUPrefix + the name), as Windows shows them. Extended key
// usages without a name are shown by their dotted OID.
const (
	CertEKUPrefix = "cert.eku."
	CertKUPrefix  = "cert.ku."
)

// CertEKUNames and CertKeyUsageNames list the names; the key usages are in
// the order of their bits in RFC 5280.
var (
	CertEKUNames = []string{"server-auth", "client-auth", "code-signing", "email-protection",
		"ipsec-end-system", "ipsec-tunnel", "ipsec-user", "time-stamping", "ocsp-signing", "any",
		"ms-sgc", "netscape-sgc", "ms-commercial-code-signing", "ms-kernel-code-signing"}
	CertKeyUsageNames = []string{"digital-signature", "content-commitment", "key-encipherment",
		"data-encipherment", "key-agreement", "cert-sign", "crl-sign", "encipher-only", "decipher-only"}
)

// Evidence from the network, which `proxycert check` adds to the verdicts
// a certificate alone leaves open (trust, revocation, the handshake).
// Placeholders: {server} the host connected to (with its port in the
// errors), {subject} and {issuer} certificates' names, {names} a chain
// from the leaf to its root joined by ", ", {name} the trust store (a
// CertNetStore* reference, or --roots and its file), {urls} the address
// asked (or the proxy's, in CertNetErrProxy), {at} a time, {alg} the TLS
// version and cipher suite, {limit} the timeout, {piece} why an address
// gave no usable answer (a CertNetWhy* reference, "HTTP 404 Not Found", or
// Go's own words, shortened).
const (
	CertNetTrusted       = "cert.net.trusted"        // the chain reaches {issuer}, a root {name} trusts: {names}
	CertNetUntrustedRoot = "cert.net.untrusted-root" // the chain ends at {subject}, which {name} does not trust
	CertNetIssuerUnknown = "cert.net.issuer-unknown" // {issuer}, issuer of {subject}, was not sent and {name} lacks it
	CertNetTrustUnknown  = "cert.net.trust-unknown"  // the verifier could not judge trust: {piece}
	CertNetFetchedIssuer = "cert.net.fetched-issuer" // {issuer} was not sent; fetched from {urls}, as Windows does
	CertNetRevGood       = "cert.net.rev.good"       // {urls} answered at {at}: {subject} is not revoked
	CertNetRevRevoked    = "cert.net.rev.revoked"    // {urls} answered: {subject} was revoked at {at}
	CertNetRevNoAnswer   = "cert.net.rev.no-answer"  // {urls} gave no usable answer about {subject}: {piece}
	CertNetRevSkipped    = "cert.net.rev.skipped"    // {urls} was not asked: not an http address
	CertNetRevNoURL      = "cert.net.rev.no-url"     // {subject} names no CRL or OCSP address
	CertNetRevNoIssuer   = "cert.net.rev.no-issuer"  // {subject}'s issuer is unknown: answers cannot be verified
	CertNetRevRootOnly   = "cert.net.rev.root-only"  // a lone self-signed certificate: nothing is checked
	CertNetRevAnswered   = "cert.net.rev.answered"   // every certificate got an answer
	CertNetRevOffline    = "cert.net.rev.offline"    // no address answered about {subject}: 0x1
	CertNetHandshake     = "cert.net.handshake"      // the handshake with {server} worked: {alg}
	CertNetOldTLS        = "cert.net.old-tls"        // {server} offers nothing newer than {alg}
	CertNetTLS13Only     = "cert.net.tls13-only"     // {server} refuses TLS 1.2: Windows 10 has no TLS 1.3

	CertNetWhyTimeout     = "cert.net.why.timeout"      // no answer within the timeout
	CertNetWhyRefused     = "cert.net.why.refused"      // the connection was refused
	CertNetWhyNoHost      = "cert.net.why.no-host"      // the name was not found
	CertNetWhyNotCRL      = "cert.net.why.not-crl"      // the answer is not a CRL
	CertNetWhyNotOCSP     = "cert.net.why.not-ocsp"     // the answer is not an OCSP response for the certificate
	CertNetWhySignature   = "cert.net.why.signature"    // the answer is not signed by the issuer
	CertNetWhyStale       = "cert.net.why.stale"        // the answer is out of date
	CertNetWhyTooLarge    = "cert.net.why.too-large"    // the answer is larger than proxycert reads
	CertNetWhyOCSPUnknown = "cert.net.why.ocsp-unknown" // the responder does not know the certificate
	CertNetWhyOCSPRefused = "cert.net.why.ocsp-refused" // the responder refused the request
	CertNetWhyProxy       = "cert.net.why.proxy"        // the proxy refused or could not be reached

	CertNetStoreWindows = "cert.net.store.windows" // {name}: Windows' chain engine and stores
	CertNetStoreMacOS   = "cert.net.store.macos"   // {name}: the macOS keychains
	CertNetStoreSystem  = "cert.net.store.system"  // {name}: this system's roots, not the affected PC's

	CertNetHeading       = "cert.net.heading"        // heading of the connection facts
	CertNetTarget        = "cert.net.target"         // label: the host and port connected to
	CertNetAddress       = "cert.net.address"        // label: the address the connection reached
	CertNetName          = "cert.net.name"           // label: the name the certificate is checked for
	CertNetProxy         = "cert.net.proxy"          // label: the proxy
	CertNetDirect        = "cert.net.direct"         // value of CertNetProxy: no proxy
	CertNetProtocol      = "cert.net.protocol"       // label: the TLS version and cipher suite
	CertNetStore         = "cert.net.store"          // label: the trusted roots
	CertNetSent          = "cert.net.sent"           // label: how many certificates the server sent
	CertNetPredicted     = "cert.net.predicted"      // "Outlook would show the code {code}"
	CertNetPredictedNone = "cert.net.predicted-none" // no flag and no principal-name failure
	CertNetPredictedZero = "cert.net.predicted-zero" // no flag, but the principal name fails: code 0
	CertNetOpen          = "cert.net.open"           // label: flags that cannot be told from here
	CertNetEvidence      = "cert.net.evidence"       // heading of the verdicts with their evidence
	CertNetLink          = "cert.net.link"           // label: the page's link for the code
	CertNetDiffers       = "cert.net.differs"        // why Outlook's code can differ from this one

	CertNetVerdictSet     = "cert.net.verdict.set"     // label of an explained flag: it would be set
	CertNetVerdictNotSet  = "cert.net.verdict.not-set" // label of a flag nothing explains
	CertNetVerdictOpen    = "cert.net.verdict.open"    // label of a flag that cannot be told
	CertNetPrincipalFails = "cert.net.principal.fails" // label: the msstd name fails, code 0
	CertNetPrincipalFits  = "cert.net.principal.fits"  // label: the msstd name fits

	CertNetErrNoHost    = "cert.net.err.no-host"   // {server}: the name was not found
	CertNetErrRefused   = "cert.net.err.refused"   // {server} refused the connection
	CertNetErrTimeout   = "cert.net.err.timeout"   // {server} did not answer within {limit}
	CertNetErrNotTLS    = "cert.net.err.not-tls"   // {server} answered, but not with TLS: {piece}
	CertNetErrHandshake = "cert.net.err.handshake" // {server} speaks TLS but the handshake failed: {piece}
	CertNetErrNoCert    = "cert.net.err.no-cert"   // {server} sent no certificate
	CertNetErrProxy     = "cert.net.err.proxy"     // the proxy {urls} opened no tunnel to {server}: {piece}
	CertNetErrOther     = "cert.net.err.other"     // connecting to {server} failed: {piece}
)
