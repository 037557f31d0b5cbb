// Package page is proxycert's web page: the go-app components and the
// address-bar state they are derived from. Compiled to WebAssembly it runs
// in the browser; on the host the same components are pre-rendered into
// the static site (package site), so index.html already shows the page
// before the WebAssembly starts.
//
// The state lives in one component, page (page.go): the text box's Entry,
// the reading decoder.Parse gives for it and the advice decoder.Explain
// gives for that, all derived in OnInit, OnNav and the event handlers. The
// other components render what they are given and report the user's
// actions back. Links are read with decoder.ReadLink and written with
// decoder.ShareLink, the same functions the command line and the ticket
// notes use.
//
// Facts about go-app v10.1.11 this package relies on, measured in
// Chromium (go-app's documentation site still shows v9):
//   - OnNav also runs on the host while the site is pre-rendered, with no
//     window: browser-only calls are guarded by app.IsClient.
//   - Mounting replaces the pre-rendered body rather than hydrating it;
//     the wasm render must lay out the same, so nothing jumps.
//   - go-app decides whether to re-render a child by comparing its
//     exported fields with reflect.DeepEqual. Two non-nil funcs are never
//     equal, so a child with an exported func field re-renders on every
//     parent render; unexported fields are not compared.
//   - Event handlers are compared by code pointer, not by closure: a
//     handler made in a loop needs app.EventScope to stay apart.
//   - A boolean attribute set to false is written name="false", which
//     HTML reads as true: hidden and open are set only when true (attrs.go),
//     checked through checkbox.
//   - What a component defers (ctx.Defer) is dropped once the component
//     is removed: a part that goes away on its own click is hidden instead
//     (examples).
//   - .Style emits inline styles, which the page's Content-Security-Policy
//     (style-src 'self') refuses: every look is a class in web/app.css.
//   - navigator.clipboard.writeText returns a Promise whose rejection
//     go-app's Then cannot see: both outcomes are handled in JavaScript
//     callbacks and the state changes inside ctx.Dispatch.
package page
