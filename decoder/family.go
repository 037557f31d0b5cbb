package decoder

import (
	"strings"

	"proxycert/messages"
)

// family is an input recognised as another family's code.
type family struct {
	id   string // a messages.Family* id; "" when none
	name string // the constant, when known
	flag uint32 // the WinHTTP flag it corresponds to; 0 when none
}

// known is one constant of another family: its name, its value in that
// family's own layout, and the flag of ours that reports the same problem.
type known struct {
	name  string
	value uint32
	flag  uint32
}

const (
	rev, inv, rvk, ca, cn, date, usage, channel = 0x1, 0x2, 0x4, 0x8, 0x10, 0x20, 0x40, 0x80000000
)

// hresults are the CryptoAPI, WinVerifyTrust and Schannel HRESULTs people
// meet beside this dialog.
var hresults = []known{
	{"TRUST_E_NOSIGNATURE", 0x800B0100, 0}, {"CERT_E_EXPIRED", 0x800B0101, date},
	{"CERT_E_VALIDITYPERIODNESTING", 0x800B0102, 0}, {"CERT_E_ROLE", 0x800B0103, inv},
	{"CERT_E_PATHLENCONST", 0x800B0104, inv}, {"CERT_E_CRITICAL", 0x800B0105, inv},
	{"CERT_E_PURPOSE", 0x800B0106, usage}, {"CERT_E_ISSUERCHAINING", 0x800B0107, inv},
	{"CERT_E_MALFORMED", 0x800B0108, inv}, {"CERT_E_UNTRUSTEDROOT", 0x800B0109, ca},
	{"CERT_E_CHAINING", 0x800B010A, inv}, {"TRUST_E_FAIL", 0x800B010B, 0},
	{"CERT_E_REVOKED", 0x800B010C, rvk}, {"CERT_E_UNTRUSTEDTESTROOT", 0x800B010D, ca},
	{"CERT_E_REVOCATION_FAILURE", 0x800B010E, rev}, {"CERT_E_CN_NO_MATCH", 0x800B010F, cn},
	{"CERT_E_WRONG_USAGE", 0x800B0110, usage}, {"TRUST_E_EXPLICIT_DISTRUST", 0x800B0111, 0},
	{"CERT_E_UNTRUSTEDCA", 0x800B0112, ca}, {"CERT_E_INVALID_POLICY", 0x800B0113, inv},
	{"CERT_E_INVALID_NAME", 0x800B0114, inv},
	{"CRYPT_E_REVOKED", 0x80092010, rvk}, {"CRYPT_E_NO_REVOCATION_CHECK", 0x80092012, rev},
	{"CRYPT_E_REVOCATION_OFFLINE", 0x80092013, rev},
	{"SEC_E_UNSUPPORTED_FUNCTION", 0x80090302, channel}, {"SEC_E_TARGET_UNKNOWN", 0x80090303, 0},
	{"SEC_E_INTERNAL_ERROR", 0x80090304, channel}, {"SEC_E_INVALID_TOKEN", 0x80090308, channel},
	{"SEC_E_LOGON_DENIED", 0x8009030C, 0}, {"SEC_E_UNKNOWN_CREDENTIALS", 0x8009030D, 0},
	{"SEC_E_NO_CREDENTIALS", 0x8009030E, 0}, {"SEC_E_MESSAGE_ALTERED", 0x8009030F, channel},
	{"SEC_E_NO_AUTHENTICATING_AUTHORITY", 0x80090311, 0}, {"SEC_E_INCOMPLETE_MESSAGE", 0x80090318, channel},
	{"SEC_E_WRONG_PRINCIPAL", 0x80090322, cn}, {"SEC_E_TIME_SKEW", 0x80090324, date},
	{"SEC_E_UNTRUSTED_ROOT", 0x80090325, ca}, {"SEC_E_ILLEGAL_MESSAGE", 0x80090326, channel},
	{"SEC_E_CERT_UNKNOWN", 0x80090327, inv}, {"SEC_E_CERT_EXPIRED", 0x80090328, date},
	{"SEC_E_DECRYPT_FAILURE", 0x80090330, channel}, {"SEC_E_ALGORITHM_MISMATCH", 0x80090331, channel},
	{"SEC_E_CERT_WRONG_USAGE", 0x80090349, usage}, {"SEC_E_DOWNGRADE_DETECTED", 0x80090350, channel},
	{"SEC_E_ISSUING_CA_UNTRUSTED", 0x80090352, ca},
}

// winhttpErrors are WinHTTP's error numbers, which WinINet shares; the
// second name of a pair is WinINet's.
var winhttpErrors = []known{
	{"ERROR_WINHTTP_OUT_OF_HANDLES", 12001, 0}, {"ERROR_WINHTTP_TIMEOUT", 12002, 0},
	{"ERROR_WINHTTP_INTERNAL_ERROR", 12004, 0}, {"ERROR_WINHTTP_INVALID_URL", 12005, 0},
	{"ERROR_WINHTTP_UNRECOGNIZED_SCHEME", 12006, 0}, {"ERROR_WINHTTP_NAME_NOT_RESOLVED", 12007, 0},
	{"ERROR_WINHTTP_CANNOT_CONNECT", 12029, 0}, {"ERROR_WINHTTP_CONNECTION_ERROR", 12030, 0},
	{"ERROR_WINHTTP_SECURE_CERT_DATE_INVALID", 12037, date}, {"ERROR_INTERNET_SEC_CERT_DATE_INVALID", 12037, date},
	{"ERROR_WINHTTP_SECURE_CERT_CN_INVALID", 12038, cn}, {"ERROR_INTERNET_SEC_CERT_CN_INVALID", 12038, cn},
	{"ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED", 12044, 0}, {"ERROR_INTERNET_CLIENT_AUTH_CERT_NEEDED", 12044, 0},
	{"ERROR_WINHTTP_SECURE_INVALID_CA", 12045, ca}, {"ERROR_INTERNET_INVALID_CA", 12045, ca},
	{"ERROR_INTERNET_SEC_CERT_ERRORS", 12055, 0}, {"ERROR_INTERNET_SEC_CERT_NO_REV", 12056, rev},
	{"ERROR_WINHTTP_SECURE_CERT_REV_FAILED", 12057, rev}, {"ERROR_INTERNET_SEC_CERT_REV_FAILED", 12057, rev},
	{"ERROR_WINHTTP_INVALID_SERVER_RESPONSE", 12152, 0},
	{"ERROR_WINHTTP_SECURE_CHANNEL_ERROR", 12157, channel}, {"ERROR_INTERNET_SECURITY_CHANNEL_ERROR", 12157, channel},
	{"ERROR_WINHTTP_BAD_AUTO_PROXY_SCRIPT", 12166, 0}, {"ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT", 12167, 0},
	{"ERROR_WINHTTP_SECURE_INVALID_CERT", 12169, inv}, {"ERROR_INTERNET_SEC_INVALID_CERT", 12169, inv},
	{"ERROR_WINHTTP_SECURE_CERT_REVOKED", 12170, rvk}, {"ERROR_INTERNET_SEC_CERT_REVOKED", 12170, rvk},
	{"ERROR_WINHTTP_SECURE_FAILURE", 12175, 0},
	{"ERROR_WINHTTP_AUTO_PROXY_SERVICE_ERROR", 12178, 0},
	{"ERROR_WINHTTP_SECURE_CERT_WRONG_USAGE", 12179, usage},
	{"ERROR_WINHTTP_AUTODETECTION_FAILED", 12180, 0},
}

// certTrust are the CERT_TRUST_* error bits, with the .NET
// X509ChainStatusFlags member of the same value after each.
var certTrust = []known{
	{"CERT_TRUST_NO_ERROR", 0, 0}, {"NoError", 0, 0},
	{"CERT_TRUST_IS_NOT_TIME_VALID", 0x1, date}, {"NotTimeValid", 0x1, date},
	{"CERT_TRUST_IS_NOT_TIME_NESTED", 0x2, 0}, {"NotTimeNested", 0x2, 0},
	{"CERT_TRUST_IS_REVOKED", 0x4, rvk}, {"Revoked", 0x4, rvk},
	{"CERT_TRUST_IS_NOT_SIGNATURE_VALID", 0x8, inv}, {"NotSignatureValid", 0x8, inv},
	{"CERT_TRUST_IS_NOT_VALID_FOR_USAGE", 0x10, usage}, {"NotValidForUsage", 0x10, usage},
	{"CERT_TRUST_IS_UNTRUSTED_ROOT", 0x20, ca}, {"UntrustedRoot", 0x20, ca},
	{"CERT_TRUST_REVOCATION_STATUS_UNKNOWN", 0x40, rev}, {"RevocationStatusUnknown", 0x40, rev},
	{"CERT_TRUST_IS_CYCLIC", 0x80, inv}, {"Cyclic", 0x80, inv},
	{"CERT_TRUST_INVALID_EXTENSION", 0x100, inv}, {"InvalidExtension", 0x100, inv},
	{"CERT_TRUST_INVALID_POLICY_CONSTRAINTS", 0x200, inv}, {"InvalidPolicyConstraints", 0x200, inv},
	{"CERT_TRUST_INVALID_BASIC_CONSTRAINTS", 0x400, inv}, {"InvalidBasicConstraints", 0x400, inv},
	{"CERT_TRUST_INVALID_NAME_CONSTRAINTS", 0x800, inv}, {"InvalidNameConstraints", 0x800, inv},
	{"CERT_TRUST_HAS_NOT_SUPPORTED_NAME_CONSTRAINT", 0x1000, inv}, {"HasNotSupportedNameConstraint", 0x1000, inv},
	{"CERT_TRUST_HAS_NOT_DEFINED_NAME_CONSTRAINT", 0x2000, inv}, {"HasNotDefinedNameConstraint", 0x2000, inv},
	{"CERT_TRUST_HAS_NOT_PERMITTED_NAME_CONSTRAINT", 0x4000, inv}, {"HasNotPermittedNameConstraint", 0x4000, inv},
	{"CERT_TRUST_HAS_EXCLUDED_NAME_CONSTRAINT", 0x8000, inv}, {"HasExcludedNameConstraint", 0x8000, inv},
	{"CERT_TRUST_IS_PARTIAL_CHAIN", 0x10000, ca}, {"PartialChain", 0x10000, ca},
	{"CERT_TRUST_CTL_IS_NOT_TIME_VALID", 0x20000, 0}, {"CtlNotTimeValid", 0x20000, 0},
	{"CERT_TRUST_CTL_IS_NOT_SIGNATURE_VALID", 0x40000, 0}, {"CtlNotSignatureValid", 0x40000, 0},
	{"CERT_TRUST_CTL_IS_NOT_VALID_FOR_USAGE", 0x80000, 0}, {"CtlNotValidForUsage", 0x80000, 0},
	{"CERT_TRUST_HAS_WEAK_SIGNATURE", 0x100000, inv}, {"HasWeakSignature", 0x100000, inv},
	{"CERT_TRUST_IS_OFFLINE_REVOCATION", 0x1000000, rev}, {"OfflineRevocation", 0x1000000, rev},
	{"CERT_TRUST_NO_ISSUANCE_CHAIN_POLICY", 0x2000000, 0}, {"NoIssuanceChainPolicy", 0x2000000, 0},
	{"CERT_TRUST_IS_EXPLICIT_DISTRUST", 0x4000000, 0}, {"ExplicitDistrust", 0x4000000, 0},
	{"CERT_TRUST_HAS_NOT_SUPPORTED_CRITICAL_EXT", 0x8000000, inv}, {"HasNotSupportedCriticalExtension", 0x8000000, inv},
}

// ignoreFlags are the SECURITY_FLAG_IGNORE_* options that switch a check
// off, named by the flag whose check they skip.
var ignoreFlags = []known{
	{"SECURITY_FLAG_IGNORE_REVOCATION", 0x80, rev},
	{"SECURITY_FLAG_IGNORE_UNKNOWN_CA", 0x100, ca},
	{"SECURITY_FLAG_IGNORE_WRONG_USAGE", 0x200, usage},
	{"SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE", 0x200, usage},
	{"SECURITY_FLAG_IGNORE_CERT_CN_INVALID", 0x1000, cn},
	{"SECURITY_FLAG_IGNORE_CERT_DATE_INVALID", 0x2000, date},
	{"SECURITY_FLAG_IGNORE_ALL_CERT_ERRORS", 0x3300, 0},
}

// browserErrors are the names browsers put on their certificate error
// pages: Chromium's net errors (Edge, Chrome; shown as NET::ERR_…),
// Firefox's, and Internet Explorer's DLG_FLAGS. People meet them when they
// open the proxy's address as the first checks say. The value is unused.
var browserErrors = []known{
	{"ERR_CERT_COMMON_NAME_INVALID", 0, cn}, {"ERR_CERT_DATE_INVALID", 0, date},
	{"ERR_CERT_AUTHORITY_INVALID", 0, ca}, {"ERR_CERT_CONTAINS_ERRORS", 0, inv},
	{"ERR_CERT_NO_REVOCATION_MECHANISM", 0, rev}, {"ERR_CERT_UNABLE_TO_CHECK_REVOCATION", 0, rev},
	{"ERR_CERT_REVOKED", 0, rvk}, {"ERR_CERT_INVALID", 0, inv},
	{"ERR_CERT_WEAK_SIGNATURE_ALGORITHM", 0, inv}, {"ERR_CERT_NON_UNIQUE_NAME", 0, cn},
	{"ERR_CERT_WEAK_KEY", 0, inv}, {"ERR_CERT_NAME_CONSTRAINT_VIOLATION", 0, inv},
	{"ERR_SSL_PROTOCOL_ERROR", 0, channel}, {"ERR_SSL_VERSION_OR_CIPHER_MISMATCH", 0, channel},
	{"SEC_ERROR_UNKNOWN_ISSUER", 0, ca}, {"SEC_ERROR_UNTRUSTED_ISSUER", 0, ca},
	{"SEC_ERROR_EXPIRED_CERTIFICATE", 0, date}, {"SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE", 0, date},
	{"SEC_ERROR_REVOKED_CERTIFICATE", 0, rvk}, {"SEC_ERROR_INADEQUATE_KEY_USAGE", 0, usage},
	{"SSL_ERROR_BAD_CERT_DOMAIN", 0, cn}, {"SSL_ERROR_NO_CYPHER_OVERLAP", 0, channel},
	{"SSL_ERROR_UNSUPPORTED_VERSION", 0, channel},
	{"MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT", 0, ca}, {"MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE", 0, date},
	{"DLG_FLAGS_INVALID_CA", 0, ca}, {"DLG_FLAGS_SEC_CERT_CN_INVALID", 0, cn},
	{"DLG_FLAGS_SEC_CERT_DATE_INVALID", 0, date},
}

// familyPrefixes mark a constant's family even when the table does not
// list it.
var familyPrefixes = []struct{ prefix, id string }{
	{"CERT_TRUST_", messages.FamilyCertTrust},
	{"CERT_E_", messages.FamilyHRESULT}, {"TRUST_E_", messages.FamilyHRESULT},
	{"CRYPT_E_", messages.FamilyHRESULT}, {"SEC_E_", messages.FamilyHRESULT},
	{"ERROR_WINHTTP_", messages.FamilyWinHTTP}, {"ERROR_INTERNET_", messages.FamilyWinHTTP},
	{"SECURITY_FLAG_", messages.FamilyIgnoreFlags},
	{"X509ChainStatusFlags.", messages.FamilyCertTrust},
	{"ERR_CERT_", messages.FamilyBrowser}, {"ERR_SSL_", messages.FamilyBrowser},
	{"SEC_ERROR_", messages.FamilyBrowser}, {"SSL_ERROR_", messages.FamilyBrowser},
	{"MOZILLA_PKIX_ERROR_", messages.FamilyBrowser}, {"DLG_FLAGS_", messages.FamilyBrowser},
}

// familyOfName recognises another family's constant, case-insensitively.
// strict also accepts the bare .NET member names ("UntrustedRoot"), which
// are ordinary words in a sentence ("Revoked"), so only when the input is
// nothing but a code.
func familyOfName(tok string, strict bool) family {
	for _, p := range familyPrefixes {
		if len(tok) > len(p.prefix) && equalFold(tok[:len(p.prefix)], p.prefix) {
			name := strings.ToUpper(tok)
			if p.id == messages.FamilyCertTrust && strings.HasPrefix(name, "X509") {
				name, strict = tok[len(p.prefix):], true
			}
			if f, ok := lookupName(p.id, name, strict); ok {
				return f
			}
			return family{id: p.id, name: strings.ToUpper(tok)}
		}
	}
	if strict {
		if f, ok := lookupName(messages.FamilyCertTrust, tok, true); ok {
			return f
		}
	}
	return family{}
}

func lookupName(id, name string, strict bool) (family, bool) {
	for _, k := range familyTable(id) {
		if equalFold(k.name, name) && (strict || strings.Contains(k.name, "_")) {
			return family{id, k.name, k.flag}, true
		}
	}
	return family{}, false
}

func familyTable(id string) []known {
	switch id {
	case messages.FamilyHRESULT:
		return hresults
	case messages.FamilyWinHTTP:
		return winhttpErrors
	case messages.FamilyCertTrust:
		return certTrust
	case messages.FamilyBrowser:
		return browserErrors
	}
	return ignoreFlags
}

// familyOfNumber tells whether a number that is not a valid flag
// combination is another family's code. Codes within ValidMask are always
// ours: 0x80000008 is a channel error with an untrusted CA, not an HRESULT.
// Bare digits are also tried as a decimal WinHTTP error number (12045).
func familyOfNumber(n number) family {
	v := n.value
	if v&^ValidMask == 0 {
		return family{}
	}
	if n.how == readBare && isWinHTTPError(n.decimal) {
		return byValue(messages.FamilyWinHTTP, winhttpErrors, n.decimal)
	}
	switch {
	case v>>16 == 0x800B || v>>16 == 0x8009:
		return byValue(messages.FamilyHRESULT, hresults, v)
	case v>>16 == 0x8007 && isWinHTTPError(v&0xFFFF): // HRESULT_FROM_WIN32, e.g. 0x80072F0D
		return byValue(messages.FamilyWinHTTP, winhttpErrors, v&0xFFFF)
	case isWinHTTPError(v): // 0x2F0D
		return byValue(messages.FamilyWinHTTP, winhttpErrors, v)
	case v&0x80000000 != 0 && (v>>16)&0x7FF != 0:
		return family{id: messages.FamilyHRESULT} // another facility's HRESULT
	}
	return family{}
}

func isWinHTTPError(v uint32) bool { return v >= 12001 && v <= 12199 }

// byValue names v from a family's table; the name stays empty when the
// table does not list it.
func byValue(id string, t []known, v uint32) family {
	for _, k := range t {
		if k.value == v {
			return family{id, k.name, k.flag}
		}
	}
	return family{id: id}
}
