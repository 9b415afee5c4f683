// A whole pane test (open the sample, find, plan, apply, undo) can pass jest's 5 s default on a loaded machine:
// the waits inside it are bounded already (asyncUtilTimeout), so the test as a whole gets a minute.
jest.setTimeout(60_000);
