import {
  balanskontroll,
  budgetgap,
  fordelaBesparing,
  implicitEffektivisering,
  nettokostnadsram,
  resultat,
  resultatandel,
  resultatkrav,
  uppraknadRam,
  viktatIndex,
} from "@kommunkalkyl/calc-core";
import { n, ns, optional, optionalRange, range, reshape, scalar } from "./excel";
import { P, param } from "./params";
import type { FunctionDef, Lang } from "./types";

/** The words of the result against the goal, in the user's language. */
export const BALANCE_WORDS: Record<string, Record<Lang, string>> = {
  ok: { sv: "ok", en: "ok" },
  "under resultatmål": { sv: "under resultatmål", en: "below target" },
  underskott: { sv: "underskott", en: "deficit" },
};

export const BUDGET: FunctionDef[] = [
  {
    id: "RESULTREQUIREMENT",
    sv: {
      name: "RESULTATKRAV",
      description: "Resultatkravet: andelen av skatter och bidrag som ska bli över.",
    },
    en: {
      name: "RESULTREQUIREMENT",
      description: "The result requirement: the share of taxes and grants to be left over.",
    },
    area: "budget",
    calcCore: "resultatkrav",
    params: [P.skatterOchBidrag, P.andel],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.RESULTREQUIREMENT(1000,2%)", value: "20" },
    invoke: ([sob, a]) => resultatkrav(n(scalar(sob, "skatterOchBidrag")), n(optional(a, "andel"))),
  },
  {
    id: "NETCOSTFRAME",
    sv: {
      name: "NETTOKOSTNADSRAM",
      description: "Största nettokostnaden för verksamheten som ändå ger resultatkravet.",
    },
    en: {
      name: "NETCOSTFRAME",
      description: "The largest net cost of operations that still meets the result requirement.",
    },
    area: "budget",
    calcCore: "nettokostnadsram",
    params: [P.skatterOchBidrag, P.finansnetto, P.andel],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.NETCOSTFRAME(1000,5,2%)", value: "985" },
    invoke: ([sob, fn, a]) =>
      nettokostnadsram(
        n(scalar(sob, "skatterOchBidrag")),
        n(scalar(fn, "finansnetto")),
        n(optional(a, "andel")),
      ),
  },
  {
    id: "BUDGETGAP",
    sv: {
      name: "BUDGETGAP",
      description: "Förslagen minus nettokostnadsramen; positivt = besparing behövs.",
    },
    en: { name: "BUDGETGAP", description: "Proposals minus the net-cost frame; positive = savings needed." },
    area: "budget",
    calcCore: "budgetgap",
    params: [P.forslag, P.skatterOchBidrag, P.finansnetto, P.andel],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.BUDGETGAP({500,300,200},1000,5,2%)", value: "15" },
    invoke: ([f, sob, fn, a]) =>
      budgetgap(
        ns(range(f).values),
        n(scalar(sob, "skatterOchBidrag")),
        n(scalar(fn, "finansnetto")),
        n(optional(a, "andel")),
      ),
  },
  {
    id: "ALLOCATE",
    sv: {
      name: "FÖRDELA",
      description:
        "Fördelar en besparing på nämnderna i proportion till förslagen eller en nyckel (spiller).",
    },
    en: {
      name: "ALLOCATE",
      description: "Splits a saving over the committees pro rata to proposals or a key (spills).",
    },
    area: "budget",
    calcCore: "fordelaBesparing",
    params: [
      P.forslag,
      param(
        "gap",
        "number",
        "money",
        ["gap", "Beloppet att fördela (positivt = besparing)."],
        ["gap", "The amount to split (positive = savings)."],
      ),
      param(
        "nyckel",
        "range",
        "money",
        ["nyckel", "Valfri fördelningsnyckel, lika stor som förslagen. Standard: förslagen."],
        ["key", "Optional allocation key, same size as the proposals. Default: the proposals."],
        { optional: true, default: "förslag / proposals" },
      ),
      param(
        "decimaler",
        "number",
        "whole",
        ["decimaler", "Valfritt antal decimaler; delarna summerar då exakt till gapet. 0 = hela enheter."],
        ["decimals", "Optional decimals; the parts then sum exactly to the gap. 0 = whole units."],
        { optional: true, default: "unrounded" },
      ),
    ],
    result: "matrix",
    resultUnit: "money",
    example: { formula: "=KOMMUN.ALLOCATE({100;100;100},10,,0)", value: "4; 3; 3" },
    invoke: ([f, gap, key, dec]) => {
      const { values, shape } = range(f);
      const parts = fordelaBesparing(
        ns(values),
        n(scalar(gap, "gap")),
        optionalRange(key) as number[] | undefined,
        n(optional(dec, "decimaler")),
      );
      return reshape(parts, shape);
    },
    spill: (shapes) => shapes[0] ?? [1, 1],
  },
  {
    id: "RESULT",
    sv: { name: "RESULTAT", description: "Skatter och bidrag plus finansnetto minus nettokostnaderna." },
    en: { name: "RESULT", description: "Taxes and grants plus finance net minus the net costs." },
    area: "budget",
    calcCore: "resultat",
    params: [P.skatterOchBidrag, P.finansnetto, P.nettokostnader],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.RESULT(1000,5,{500,300,185})", value: "20" },
    invoke: ([sob, fn, nk]) =>
      resultat(n(scalar(sob, "skatterOchBidrag")), n(scalar(fn, "finansnetto")), ns(range(nk).values)),
  },
  {
    id: "RESULTSHARE",
    sv: { name: "RESULTATANDEL", description: "Resultatet som andel av skatter och bidrag." },
    en: { name: "RESULTSHARE", description: "The result as a share of taxes and grants." },
    area: "budget",
    calcCore: "resultatandel",
    params: [P.resultat, P.skatterOchBidrag],
    result: "number",
    resultUnit: "share",
    example: { formula: "=KOMMUN.RESULTSHARE(20,1000)", value: "0.02" },
    invoke: ([r, sob]) => resultatandel(n(scalar(r, "resultat")), n(scalar(sob, "skatterOchBidrag"))),
  },
  {
    id: "WEIGHTEDINDEX",
    sv: {
      name: "VIKTATINDEX",
      description: "Viktat index, t.ex. PKV av arbetskostnad och övrig förbrukning.",
    },
    en: {
      name: "WEIGHTEDINDEX",
      description: "A weighted index, e.g. PKV from labour cost and other consumption.",
    },
    area: "budget",
    calcCore: "viktatIndex",
    params: [
      param(
        "forandringar",
        "range",
        "share",
        ["förändringar", "Förändringarna som andelar, t.ex. 2,7 %."],
        ["changes", "The changes as shares, e.g. 2.7 %."],
        { wrongUnit: 2.7 },
      ),
      param(
        "vikter",
        "range",
        undefined,
        ["vikter", "Vikterna, lika många; normeras med sin summa."],
        ["weights", "The weights, as many; normalised by their sum."],
      ),
    ],
    result: "number",
    resultUnit: "share",
    example: { formula: "=KOMMUN.WEIGHTEDINDEX({2.7%,10%},{69.6,30.4})", value: "0.049192" },
    invoke: ([f, w]) => viktatIndex(ns(range(f).values), ns(range(w).values)),
  },
  {
    id: "INDEXEDFRAME",
    sv: {
      name: "UPPRÄKNADRAM",
      description: "Ramen uppräknad med ett index, helt eller delvis kompenserad.",
    },
    en: {
      name: "INDEXEDFRAME",
      description: "The frame uplifted by an index, compensated fully or in part.",
    },
    area: "budget",
    calcCore: "uppraknadRam",
    params: [
      P.bas,
      P.index,
      param(
        "kompensationsgrad",
        "number",
        "share",
        ["kompensationsgrad", "Kompenserad andel av index, 0–200 %. Standard 100 %."],
        ["compensation", "Compensated share of the index, 0–200 %. Default 100 %."],
        { optional: true, default: "100 %", wrongUnit: 80 },
      ),
    ],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.INDEXEDFRAME(100,4.9%,80%)", value: "103.92" },
    invoke: ([b, i, k]) =>
      uppraknadRam(n(scalar(b, "bas")), n(scalar(i, "index")), n(optional(k, "kompensationsgrad"))),
  },
  {
    id: "IMPLICITEFFICIENCY",
    sv: {
      name: "EFFEKTIVISERINGSKRAV",
      description: "Det dolda effektiviseringskravet när ramen inte kompenseras fullt för prisökningar.",
    },
    en: {
      name: "IMPLICITEFFICIENCY",
      description: "The hidden efficiency requirement when a frame is not fully compensated for prices.",
    },
    area: "budget",
    calcCore: "implicitEffektivisering",
    params: [
      P.bas,
      P.index,
      param(
        "kompensationsgrad",
        "number",
        "share",
        ["kompensationsgrad", "Kompenserad andel av index, 0–200 %."],
        ["compensation", "Compensated share of the index, 0–200 %."],
        { wrongUnit: 80 },
      ),
    ],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.IMPLICITEFFICIENCY(100,4.9%,80%)", value: "0.98" },
    invoke: ([b, i, k]) =>
      implicitEffektivisering(n(scalar(b, "bas")), n(scalar(i, "index")), n(scalar(k, "kompensationsgrad"))),
  },
  {
    id: "BALANCECHECK",
    sv: {
      name: "BALANSKONTROLL",
      description:
        "Föråldrat namn på RESULTATMOTMÅL (resultat mot resultatmål, inte balanskravet); samma svar.",
    },
    en: {
      name: "BALANCECHECK",
      description:
        "Deprecated name of RESULTVSTARGET (result against the result goal, not the balance requirement); same answers.",
    },
    area: "budget",
    calcCore: "balanskontroll",
    params: [P.resultat, P.skatterOchBidrag, P.andel],
    result: "text",
    resultUnit: "word",
    example: { formula: "=KOMMUN.BALANCECHECK(5,1000)", value: "below target" },
    invoke: ([r, sob, a], lang) => {
      const status = balanskontroll(
        n(scalar(r, "resultat")),
        n(scalar(sob, "skatterOchBidrag")),
        n(optional(a, "andel")),
      );
      return BALANCE_WORDS[status]![lang];
    },
  },
];
