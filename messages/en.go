package messages

var english = Catalog{
	Lang: "en",
	Name: "English",

	Dialogs: []Dialog{{
		Source: "KB 923575, English",
		Messages: [4]string{
			"There is a problem with the proxy server's security certificate, %s. Outlook is unable to connect to this server. (%s)",
			"There is a problem with the proxy server's security certificate, %s. The name on the security certificate is invalid or does not match the name of the site. Outlook is unable to connect to this server. (%s)",
			"There is a problem with the proxy server's security certificate, %s. The security certificate is not from a trusted certifying authority. Outlook is unable to connect to this server.(%s)\"",
			"There is a problem with the proxy server's security certificate. The name on the security certificate is invalid or does not match the name of the target site %s. Outlook is unable to connect to the proxy server (Error Code %s)",
		},
	}},
	Anchors: Anchors{
		Opening:     []string{"There is a problem with the proxy server's security certificate"},
		NameReason:  []string{"The name on the security certificate is invalid or does not match the name of the"},
		CAReason:    []string{"The security certificate is not from a trusted certifying authority"},
		TargetSite:  []string{"the name of the target site"},
		ProxyServer: []string{"unable to connect to the proxy server"},
		CodeLabel:   []string{"Error Code"},
	},
}
