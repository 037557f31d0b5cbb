function openProxycert() {
	var page = 'https://tools.contoso.com/proxycert/';
	var text = g_form.getValue('description');
	g_navigation.open(page + '#text=' + encodeURIComponent(text), '_blank');
}
