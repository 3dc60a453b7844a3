// Query-side tests of theme/assets/search.js; run by SearchScriptTests.cs (or: DIGEST_SEARCH_JS=theme/assets/search.js node --test <this file>).
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const path = require("node:path");
const core = require(process.env.DIGEST_SEARCH_JS || path.join(__dirname, "../../../../theme/assets/search.js"));

// Encodes postings like SearchPostings.cs: base-36 gap, then "A" + mask.
function encode(pairs) {
  let prev = -1, out = "";
  for (const [doc, mask] of pairs) { out += (doc - prev).toString(36) + String.fromCharCode(65 + mask); prev = doc; }
  return out;
}

test("folding ignores case and diacritics, and ß is ss", () => {
  assert.deepStrictEqual(core.queryWords("Südkorea SUEDKOREA  Straße, Café"), ["sudkorea", "suedkorea", "strasse", "cafe"]);
  assert.deepStrictEqual(core.queryWords("Süd süd SÜD"), ["sud"]);
});

test("chunk keys: the word's own chunk and, for prefixes, every longer key", () => {
  const keys = ["a", "s", "sa", "san", "se", "su"];
  assert.deepStrictEqual(core.keysFor("sanktion", keys), ["san"]);
  assert.deepStrictEqual(core.keysFor("sa", keys), ["sa", "san"]);
  assert.deepStrictEqual(core.keysFor("s", keys), ["s"]);
  assert.strictEqual(core.fileName("sü"), "s_00fc");
});

test("Südkorea is found by sudkorea, suedkorea and Süd; every word must match", () => {
  // doc 0: "Südkorea" in the body (indexed as sudkorea and suedkorea); doc 1: "Sudan" in the title.
  const keys = ["s"];
  const chunks = { s: { sudkorea: encode([[0, 1]]), suedkorea: encode([[0, 1]]), sudan: encode([[1, 8]]), see: encode([[1, 1]]) } };
  const hits = (q) => core.rank(core.queryWords(q), keys, chunks, 2).map((h) => h.doc);
  assert.deepStrictEqual(hits("sudkorea"), [0]);
  assert.deepStrictEqual(hits("suedkorea"), [0]);
  assert.deepStrictEqual(hits("Süd"), [1, 0]);
  assert.deepStrictEqual(hits("süd see"), [1]);
  assert.deepStrictEqual(hits("südkorea see"), []);
});

test("ranking: title > topics and experts > summary > body, newer (lower number) first on ties", () => {
  const keys = ["k"];
  // docs 0..4; masks: 0 body, 1 summary, 2 tags, 3 title, 4 body (tie with 0, older).
  const chunks = { k: { krieg: encode([[0, 1], [1, 2], [2, 4], [3, 8], [4, 1]]) } };
  assert.deepStrictEqual(core.rank(["krieg"], keys, chunks, 5).map((h) => h.doc), [3, 2, 1, 0, 4]);
});

test("a word's best field counts once however many terms it matches", () => {
  const chunks = { k: { krieg: encode([[0, 1]]), kriege: encode([[0, 1], [1, 2]]) } };
  const hits = core.rank(["krieg"], ["k"], chunks, 2);
  assert.deepStrictEqual(hits.map((h) => [h.doc, h.score]), [[1, 2], [0, 1]]);
});

test("highlighting marks word starts in either umlaut spelling", () => {
  const marked = (text, q) => core.highlight(text, core.queryWords(q)).filter((p) => p.mark).map((p) => p.text);
  assert.deepStrictEqual(marked("Die Südkorea-Frage", "süd"), ["Süd"]);
  assert.deepStrictEqual(marked("Die Südkorea-Frage", "suedk"), ["Südk"]);
  assert.deepStrictEqual(marked("Straßenbau und Bau", "strasse bau"), ["Straße", "Bau"]);
});

test("long snippets are cut around the first match", () => {
  const text = "Anfang " + "wort ".repeat(100) + "Treffer am Ende";
  const pieces = core.snippet(core.highlight(text, ["treffer"]), 80);
  const joined = pieces.map((p) => p.text).join("");
  assert.ok(joined.startsWith("\u2026 "));
  assert.ok(joined.length < 120);
  assert.ok(pieces.some((p) => p.mark && p.text === "Treffer"));
});
