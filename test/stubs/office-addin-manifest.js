// Stand-in for office-addin-manifest under jest (its ESM-only dependencies cannot be required there).
// office-addin-mock imports it but the mocks used in tests never call it.
module.exports = {};
