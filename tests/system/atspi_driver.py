"""Drive a running Guardian through AT-SPI only, the way a screen reader (Orca) sees and uses it.

Run by the *system* Python, which has Debian's ``python3-pyatspi`` (the test's virtual environment does not):
``/usr/bin/python3 atspi_driver.py < job.json > results.json``. The job names the app's process id, its
language, the region's main number, the facts each help card shows and the few names the driver presses. The
driver walks the accessibility tree, presses buttons with AT-SPI actions and types keys with AT-SPI's keyboard
synthesiser (a click on the title first makes the window active, as a window manager would), listens to
"object:announcement" events, then prints one JSON object: for each check, ``{"ok": bool, "detail": str}``.
Every check is tried and reported even when an earlier one failed, so pytest can tell them apart.

Widgets are found by their accessible id (Qt's object-name path) where Guardian gives one, so the same steps
work in English and French; what is checked is always what a screen reader reads: names, text and states.
"""

from __future__ import annotations

import json
import sys
import time
import traceback

import pyatspi
from gi.repository import Atspi, GLib

WAIT_S = 10.0
HEAR_S = 3.0  # an announcement comes with the change it tells of
POLL_S = 0.05
# Roles a person operates: each must say what it is for.
INTERACTIVE_ROLES = frozenset({
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER, pyatspi.ROLE_LINK, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX,
    pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TABLE, pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_LIST_ITEM,
})
WINDOW_ROLES = frozenset({pyatspi.ROLE_FRAME, pyatspi.ROLE_DIALOG, pyatspi.ROLE_WINDOW, pyatspi.ROLE_ALERT,
                          pyatspi.ROLE_FILE_CHOOSER})
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\u00ad"))  # breaking hints inside addresses
KEY_DOWN, KEY_HOME, KEY_SPACE = 0xFF54, 0xFF50, 0x0020


class Failed(Exception):
    """A check did not hold; the message says what a screen reader user would miss."""


# --- hearing announcements --------------------------------------------------------------------------------

HEARD = []  # (when, text) of each "object:announcement" event, as a screen reader receives them


def _on_announcement(event):
    HEARD.append((time.monotonic(), str(event.any_data or "")))


def pump():
    """Deliver the events that have arrived (this driver has no main loop of its own)."""
    context = GLib.MainContext.default()
    while context.iteration(False):
        pass


def now():
    pump()  # what arrived before this moment belongs to what happened before it
    return time.monotonic()


def expect_announcement(results, check, since, text):
    """Record whether something announced since ``since`` holds ``text`` (what the screen now shows)."""
    try:
        said = wait_for(lambda: [heard for at, heard in HEARD if at >= since and text in heard],
                        f"an announcement holding {text!r}", HEAR_S)
        record(results, check, True, f"announced {said[0]!r}")
    except Failed:
        recent = [heard for at, heard in HEARD if at >= since]
        record(results, check, False, f"nothing announced {text!r}; heard {recent}")


# --- reading the tree ------------------------------------------------------------------------------------


def wait_for(predicate, what, timeout=WAIT_S):
    """Poll ``predicate`` until it returns something true; raise :class:`Failed` naming ``what`` on timeout."""
    deadline = time.monotonic() + timeout
    while True:
        pump()
        try:
            value = predicate()
        except Exception:  # a node can vanish while the page rebuilds: try again
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            raise Failed(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(POLL_S)


def showing(node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def descendants(node, *states, showing_only=True):
    """The showing descendants of ``node``, in reading order; with ``states``, only those that also have them.

    One Collection query, answered by the app in one go: walking child by child (count, then child N) races
    the app when a scroll bar comes or goes in between, and Qt 6.11 then crashes on the stale index.
    """
    wanted = Atspi.StateSet.new([Atspi.StateType.SHOWING, *states] if showing_only else list(states))
    rule = Atspi.MatchRule.new(wanted, Atspi.CollectionMatchType.ALL, {}, Atspi.CollectionMatchType.NONE, [],
                               Atspi.CollectionMatchType.NONE, [], Atspi.CollectionMatchType.NONE, False)
    return list(node.get_matches(rule, Atspi.CollectionSortOrder.CANONICAL, 0, True))


def walk(node):
    """``node`` (when showing) and its showing descendants."""
    return ([node] if showing(node) else []) + descendants(node)


def ident(node):
    try:
        return node.get_accessible_id() or ""
    except Exception:
        return ""


def by_id(root, suffix):
    """The first showing node whose accessible id ends with ``.suffix`` (an object name in Guardian)."""
    return next((node for node in walk(root) if ident(node).endswith("." + suffix)), None)


def read(node):
    """What a screen reader reads as the node's content: its name and, where it has one, its text."""
    said = node.name or ""
    if "Text" in pyatspi.listInterfaces(node):
        text = node.queryText()
        said += "\n" + text.getText(0, text.characterCount)
    return said.translate(INVISIBLE)


def describe(node):
    return f"{node.getRoleName()} {node.name!r} ({ident(node).rsplit('.', 1)[-1]})"


def checked(node):
    return node.getState().contains(pyatspi.STATE_CHECKED)


# --- acting ------------------------------------------------------------------------------------------------


def act(node, *names):
    """Do the first of the node's actions called one of ``names`` (Press, Toggle, SetFocus...)."""
    action = node.queryAction()
    available = [action.getName(index) for index in range(action.nActions)]
    for name in names:
        if name in available:
            action.doAction(available.index(name))
            return
    raise Failed(f"{describe(node)} offers {available}, none of {list(names)}")


def key(keysym):
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    time.sleep(POLL_S)


def focused_child(node):
    return next(iter(descendants(node, Atspi.StateType.FOCUSED, showing_only=False)), None)


def activate(frame):
    """Make the window the active one, as a window manager does when it is clicked (Xvfb runs none): a click
    on the app's title, which does nothing else. Keys typed through AT-SPI then reach the focused widget."""
    title = wait_for(lambda: by_id(frame, "appTitle"), "the app's title")
    x, y, width, height = title.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(x + width // 2, y + height // 2, "b1c")
    wait_for(lambda: frame.getState().contains(pyatspi.STATE_ACTIVE), "the Guardian window to be active")


def open_home_then(frame, button_id):
    """Go Home the keyboard way (focus the page list, press Home), then press the Home page's button."""
    navigation = wait_for(lambda: by_id(frame, "navigation"), "the list of pages")
    act(navigation, "SetFocus")
    wait_for(lambda: navigation.getState().contains(pyatspi.STATE_FOCUSED), "the list of pages to take focus")
    key(KEY_HOME)
    act(wait_for(lambda: by_id(frame, button_id), f"the Home button {button_id}"), "Press")


# --- the checks --------------------------------------------------------------------------------------------


def unnamed_controls(frame, page):
    return [f"{page}: {describe(node)}" for node in walk(frame)
            if node.getRole() in INTERACTIVE_ROLES and not (node.name or "").strip()]


def check_help(frame, job, results, unnamed):
    act(wait_for(lambda: by_id(frame, "getHelpButton"), "the Get help now button"), "Press")
    wait_for(lambda: by_id(frame, "primaryPanel"), "the help page's main line")
    unnamed += unnamed_controls(frame, "help")
    nodes = walk(frame)
    number = job["main_number"]
    readers = [node for node in nodes if number in read(node)]
    record(results, "main_number", bool(readers),
           f"main number {number} read from {describe(readers[0])}" if readers else
           f"no node's name or text holds {number}; only the description of "
           f"{[describe(n) for n in nodes if number in (n.description or '')]}")
    hidden = []
    for resource_id, facts in job["card_facts"].items():
        card = [node for node in nodes if f".resource-{resource_id}." in ident(node) + "."]
        if not card:
            continue  # not shown in this region
        said = "\n".join(read(node) for node in card)
        hidden += [f"{resource_id}: {fact!r}" for fact in facts if fact not in said]
    record(results, "labels_keep_text", not hidden,
           "every number and address on the cards is read" if not hidden else
           "shown but never read (a name replaces the text): " + "; ".join(hidden))


def check_copy_number(frame, job, results):
    """Copy the main line's number: "copied" is announced while the focus stays on the button."""
    copy = wait_for(lambda: next((node for node in walk(frame) if node.name == job["names"]["copy_number"]),
                                 None), f"the {job['names']['copy_number']!r} button")
    card = next(node for node in walk(frame) if ident(node).endswith(f".resource-{job['primary']}"))
    since = now()
    act(copy, "Press")
    status = wait_for(lambda: by_id(card, "cardStatus"), "the card's status line")
    expect_announcement(results, "announce_copied", since, status.name)


def check_tick(frame, results, unnamed):
    open_home_then(frame, "home-signs")
    tree = wait_for(lambda: by_id(frame, "signsList"), "the list of warning signs")
    unnamed += unnamed_controls(frame, "signs")
    summary = wait_for(lambda: by_id(frame, "tickedCount"), "the ticked-signs summary")
    before = summary.name
    act(tree, "SetFocus")
    wait_for(lambda: tree.getState().contains(pyatspi.STATE_FOCUSED) or focused_child(tree), "focus in the list")
    for _ in range(6):  # the first row is a category; a sign comes right after
        key(KEY_DOWN)
        cell = wait_for(lambda: focused_child(tree), "a focused row")
        if cell.getState().contains(pyatspi.STATE_CHECKABLE):
            break
    else:
        raise Failed("no checkable sign reached with the Down key")
    was = checked(cell)
    since = now()
    key(KEY_SPACE)
    wait_for(lambda: checked(cell) != was, f"the check state of {describe(cell)} to change")
    after = wait_for(lambda: summary.name if summary.name != before else None, "the summary to change")
    record(results, "tick_sign", "1" in after and not was,
           f"ticked {cell.name!r}; summary went from {before!r} to {after!r}")
    expect_announcement(results, "announce_tick", since, after)


def check_urgent(frame, job, results):
    """Tick an urgent sign (Down from where the focus is): the urgent banner appears and is announced."""
    tree = wait_for(lambda: by_id(frame, "signsList"), "the list of warning signs")
    act(tree, "SetFocus")
    for _ in range(120):
        cell = wait_for(lambda: focused_child(tree), "a focused row")
        if cell.name in job["urgent_signs"]:
            break
        key(KEY_DOWN)
    else:
        raise Failed(f"no urgent sign reached with the Down key: {job['urgent_signs']}")
    since = now()
    key(KEY_SPACE)
    wait_for(lambda: checked(cell), f"{describe(cell)} to be ticked")
    banner = wait_for(lambda: by_id(frame, "urgentBanner"), "the urgent banner")
    expect_announcement(results, "announce_urgent", since, banner.name)


def check_search(frame, job, results, unnamed):
    """Type a word in Search: the number of results is announced while the focus stays in the box."""
    act(wait_for(lambda: by_id(frame, "searchButton"), "the Search button"), "Press")
    box = wait_for(lambda: by_id(frame, "searchBox"), "the search box")
    panel = by_id(frame, "searchPanel")
    unnamed += unnamed_controls(frame, "search")
    since = now()
    box.queryEditableText().setTextContents(job["search_word"])
    status = wait_for(lambda: next((node for node in walk(panel) if node.getRole() == pyatspi.ROLE_LABEL
                                    and any(c.isdigit() for c in node.name or "")), None),
                      "a count of results")
    expect_announcement(results, "announce_search", since, status.name)


def check_plan(frame, job, results, unnamed):
    open_home_then(frame, "home-talk")
    card = wait_for(lambda: by_id(frame, "starterCard"), "a conversation starter")
    unnamed += unnamed_controls(frame, "talk")
    opener = by_id(card, "starterOpener").name
    add = next((node for node in walk(card) if node.name == job["names"]["add_to_plan"]), None)
    if add is None:
        raise Failed(f"no {job['names']['add_to_plan']!r} control in {[describe(n) for n in walk(card)]}")
    act(add, "Toggle", "Press")
    wait_for(lambda: checked(add), f"{describe(add)} to be checked")
    listed = wait_for(lambda: [node for node in walk(frame) if opener in read(node)
                               and not ident(node).endswith("starterOpener")], f"{opener!r} in the plan")
    record(results, "add_to_plan", True, f"added {opener!r}; the plan reads {describe(listed[0])}")


def check_quick_exit(frame, pid, results):
    act(wait_for(lambda: by_id(frame, "quickExitButton"), "the Quick exit button"), "Press")

    def nothing_showing():
        desktop = pyatspi.Registry.getDesktop(0)
        apps = [a for a in desktop if a is not None and a.get_process_id() == pid]
        return not any(node.getRole() in WINDOW_ROLES for a in apps for node in walk(a))

    wait_for(nothing_showing, "every Guardian window to go")
    record(results, "quick_exit", True, "no Guardian window is showing")


# --- running -----------------------------------------------------------------------------------------------


def record(results, check, ok, detail):
    results[check] = {"ok": bool(ok), "detail": detail}


def attempt(results, checks, step):
    try:
        step()
    except Exception as error:  # report it as these checks' failure and go on with the others
        detail = str(error) if isinstance(error, Failed) else traceback.format_exc(limit=4)
        for name in checks:
            results.setdefault(name, {"ok": False, "detail": detail})


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.get_process_id() == pid:
            app.set_cache_mask(Atspi.Cache.NONE)  # read live values: no main loop here to refresh a cache
            return app
    return None


def main():
    job = json.load(sys.stdin)
    results = {}
    pyatspi.Registry.registerEventListener(_on_announcement, "object:announcement")
    app = wait_for(lambda: find_app(job["pid"]), "Guardian on the accessibility bus", job.get("start_s", 30))
    frame = wait_for(lambda: next((w for w in walk(app) if w.getRole() == pyatspi.ROLE_FRAME), None),
                     "a Guardian window")
    wait_for(lambda: by_id(frame, "home-signs"), "the Home page")
    activate(frame)
    unnamed = unnamed_controls(frame, "home")
    steps = {  # step: (the checks it reports, what it does)
        "tick": (("tick_sign", "announce_tick"), lambda: check_tick(frame, results, unnamed)),
        "urgent": (("announce_urgent",), lambda: check_urgent(frame, job, results)),
        "plan": (("add_to_plan",), lambda: check_plan(frame, job, results, unnamed)),
        "help": (("main_number", "labels_keep_text"), lambda: check_help(frame, job, results, unnamed)),
        "copy": (("announce_copied",), lambda: check_copy_number(frame, job, results)),
        "search": (("announce_search",), lambda: check_search(frame, job, results, unnamed)),
    }
    for step in job.get("steps", list(steps)):
        attempt(results, *steps[step])
    record(results, "names", not unnamed, "unnamed: " + "; ".join(unnamed) if unnamed else "all named")
    attempt(results, ("quick_exit",), lambda: check_quick_exit(frame, job["pid"], results))
    json.dump(results, sys.stdout, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
