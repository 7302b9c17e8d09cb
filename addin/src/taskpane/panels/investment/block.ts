import type { Lang } from "../../../definitions";
import { formula, header, input, text, toAddress, type Block, type CellSpec } from "../../host/types";
import type { Project } from "./model";
import { INVESTMENT_TEXTS as T } from "./texts";

/** The plan's filled-in inputs: the frame in mnkr, the rates and the share in per cent (2,5 for 2,5 %). */
export interface PlanValues {
  frame: number;
  internal: number;
  external: number;
  borrowed: number;
  projects: readonly Project[];
  years: readonly number[];
}

/**
 * The plan as live formulas: the inputs first as values (yellow, as the samples mark them: frame and rates
 * B3:B6, the projects from row 9, the years), then what fits and the consequences as KOMMUN.* formulas;
 * headers bold.
 */
export function investmentBlock(v: PlanValues, lang: Lang): Block {
  const t = T[lang];
  const n = v.projects.length;
  const firstProject = 9; // 1-based row of the first project
  const lastProject = firstProject + n - 1;
  const range = `B${firstProject}:H${lastProject}`;
  const yearsRow = lastProject + 2;
  const lastYearCol = toAddress(0, v.years.length).replace(/\d+$/, "");
  const block: Block = [
    [header(t.title)],
    [],
    [text(`${t.frame} (mnkr)`), input(v.frame, "#,##0.0")],
    [text(t.internalRate.replace(" (%)", "")), input(v.internal / 100, "0.0%")],
    [text(t.externalRate.replace(" (%)", "")), input(v.external / 100, "0.0%")],
    [text(t.borrowed.replace(" (%)", "")), input(v.borrowed / 100, "0%")],
    [],
    [
      t.project,
      `${t.amount} (mnkr)`,
      t.year,
      t.life,
      t.month,
      t.priority,
      `${t.running} (mnkr)`,
      `${t.saving} (mnkr)`,
      t.fitted,
    ].map(header),
  ];
  v.projects.forEach((p, i) => {
    const cells: CellSpec[] = [
      input(p.namn.trim() || `${t.project} ${i + 1}`),
      input(p.belopp as number, "#,##0.0"),
      input(p.ar as number, "0"),
      input(p.avskrivningstid as number, "0"),
      input(p.aktiveringsmanad as number, "0"),
      input(i + 1, "0"),
      input(p.driftkostnad as number, "#,##0.0"),
      input(p.besparing as number, "#,##0.0"),
      i === 0 ? formula(`=KOMMUN.INVESTMENTFITS(${range},B3)`) : null,
    ];
    block.push(cells);
  });
  block.push([]);
  block.push([header(t.year), ...v.years.map((y) => input(y, "0"))]);
  block.push([]);
  block.push([
    formula(`=KOMMUN.INVESTMENTPLAN(${range},B3,B${yearsRow}:${lastYearCol}${yearsRow},B4,B5,B6)`, "#,##0.0"),
  ]);
  return block;
}
