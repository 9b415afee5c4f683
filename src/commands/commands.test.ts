/** The ribbon's first click: the action must be registered when the module runs, not when Office.onReady resolves. */
describe("ribbon commands", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
    jest.resetModules();
  });

  it("registers refreshScorecards as soon as the module loads, before Office.onReady has resolved", () => {
    const associate = jest.fn();
    const onReady = jest.fn(() => new Promise(() => undefined)); // never resolves, as on a first ribbon click
    (globalThis as { Office?: unknown }).Office = { actions: { associate }, onReady };
    jest.isolateModules(() => {
      require("./commands");
    });
    expect(associate).toHaveBeenCalledTimes(1);
    expect(associate.mock.calls[0][0]).toBe("refreshScorecards");
    expect(typeof associate.mock.calls[0][1]).toBe("function");
  });

  it("registers nothing outside Office (the preview, tests)", () => {
    let registered: boolean | undefined;
    jest.isolateModules(() => {
      registered = (require("./commands") as typeof import("./commands")).registerRibbonActions(undefined);
    });
    expect(registered).toBe(false);
  });
});
