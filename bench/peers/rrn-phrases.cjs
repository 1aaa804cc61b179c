// A markdownlint custom rule: the four phrases of the RRN language table that bench/run.sh gives every peer
// (the same list as bench/out/data/phrases.txt). One error per occurrence, case-insensitive, on the raw lines.
"use strict";

const phrases = ["violence and aggression", "service user", "challenging behaviour", "behaviour management"];

module.exports = {
  names: ["rrn-phrases"],
  description: "Language the Restraint Reduction Network asks documents to avoid",
  tags: ["language"],
  parser: "none",
  function: (params, onError) => {
    params.lines.forEach((line, index) => {
      const lower = line.toLowerCase();
      for (const phrase of phrases) {
        let at = lower.indexOf(phrase);
        while (at >= 0) {
          onError({ lineNumber: index + 1, detail: `'${phrase}'`, range: [at + 1, phrase.length] });
          at = lower.indexOf(phrase, at + phrase.length);
        }
      }
    });
  },
};
