using NmnGraph.Terminal.Input;

namespace NmnGraph.Tui.App;

/// <summary>
/// One line of the key map: the keys as help shows them, what they do, where, and the test that recognises them.
/// <paramref name="Footer"/> is the short form for the footer (null: help only).
/// </summary>
public sealed record KeyBinding(string Keys, string Description, KeyScope Scope, BrowserAction Action, Func<KeyEvent, bool> Matches, KeyHintText? Footer = null);

/// <summary>The footer's short form of a binding: <c>⏎ open</c>.</summary>
public sealed record KeyHintText(string Key, string Label);
