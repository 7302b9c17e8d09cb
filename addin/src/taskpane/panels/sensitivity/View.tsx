import { useState } from "react";
import {
  MessageBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { Lang } from "../../../definitions";
import { usePanelLayout } from "../../shared/layout";
import { useLangTexts } from "../../shared/useLangTexts";
import { SENSITIVITY_HEADERS } from "../../../definitions/sensitivity";
import type { WorkbookHost, Writer } from "../../host/types";
import { KeptNote } from "../../shared/KeptNote";
import { useKeptTexts } from "../../shared/useKept";
import { formatFixedAmount } from "../../shared/format";
import { meantOtherwise } from "../../input/problems";
import { NumberField } from "../../shared/NumberField";
import { Problems, WriteButton } from "../../shared/Problems";
import { SENSITIVITY_TEXTS } from "./texts";
import { quoteSheet } from "../../shared/address";
import { useJudged } from "../../shared/useJudged";
import { Notes, Warnings } from "../../shared/Warnings";
import {
  SENSITIVITY_FIELDS,
  SPECS,
  sensitivityBlock,
  sensitivityFields,
  sensitivityStartTexts,
  sensitivityView,
  type SensitivityField,
} from "./model";
import { SENSITIVITY_WARNINGS_TITLE, sensitivityWarnings } from "./warnings";

/** The panel's texts (in their own module, so the pane shell can name the tab without loading the panel). */
export { SENSITIVITY_TEXTS };

/**
 * A compact sensitivity view for the budget flow: seven inputs, the table computed by calc-core in the
 * pane, and a button that writes it as a live `KOMMUN.SENSITIVITY` formula to a new sheet.
 */
export function SensitivityPanel(props: { lang: Lang; write: Writer; host?: WorkbookHost }) {
  const t = SENSITIVITY_TEXTS[props.lang];
  const layout = usePanelLayout();
  const [texts, setTexts] = useLangTexts(
    props.lang,
    () => sensitivityStartTexts(props.lang),
    SENSITIVITY_FIELDS,
    SPECS,
  );
  const [status, setStatus] = useState<string | undefined>();
  const { judged, leave, judgeAll } = useJudged(props.lang);
  const kept = useKeptTexts(
    props.host?.memory,
    "sensitivity",
    props.lang,
    texts,
    setTexts,
    SENSITIVITY_FIELDS,
    SPECS,
    judgeAll,
  );
  // eleven numbers: computed in well under a millisecond, no memo needed
  const view = sensitivityView(texts, props.lang, judged);
  const fields = sensitivityFields(texts, props.lang);
  const values = Object.fromEntries(
    SENSITIVITY_FIELDS.flatMap((k) => {
      const p = fields[k].parsed;
      return p.status === "ok" && p.value !== undefined ? [[k, p.value]] : [];
    }),
  ) as Partial<Record<SensitivityField, number>>;
  const headers = SENSITIVITY_HEADERS[props.lang];

  async function writeSheet() {
    // a write attempt judges every field
    judgeAll();
    if (view.kind !== "table" || view.unwritable) return;
    const where = await props.write("new", "A1", sensitivityBlock(view.input, props.lang), t.sheet);
    setStatus(where ? `${t.written} ${quoteSheet(where)}` : t.cancelled);
  }

  return (
    <section className={layout.stack} aria-label={t.title}>
      <KeptNote lang={props.lang} kept={kept} testId="sens-kept" />
      <p style={{ margin: 0 }}>{t.intro}</p>
      <MessageBar intent="info">{t.example}</MessageBar>
      <div className={layout.grid}>
        {SENSITIVITY_FIELDS.map((f) => (
          <NumberField
            key={f}
            id={`sens-${f}`}
            label={fields[f].label}
            text={texts[f]}
            parsed={fields[f].parsed}
            judged={judged(fields[f].label)}
            onLeave={() => leave(fields[f].label)}
            onText={(typed) => setTexts((old) => ({ ...old, [f]: typed }))}
          />
        ))}
      </div>
      {view.kind === "empty" && <MessageBar intent="info">{view.message}</MessageBar>}
      {view.kind === "message" && <Problems lang={props.lang} lines={view.messages} testId="sens-problems" />}
      {view.kind === "waiting" && <Notes lines={[view.message]} testId="sens-notes" />}
      {view.kind === "table" && view.notes && <Notes lines={view.notes} testId="sens-rows-left-out" />}
      <Warnings
        title={SENSITIVITY_WARNINGS_TITLE[props.lang]}
        lines={[
          ...meantOtherwise(Object.values(fields)).map((m) => m.text),
          ...sensitivityWarnings(values, props.lang),
          ...(view.kind === "table" ? view.warnings : []),
        ]}
        testId="sens-warnings"
      />
      {view.kind === "table" && (
        <Table size="extra-small" className={layout.table} aria-label={t.title}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{headers[0]}</TableHeaderCell>
              <TableHeaderCell>{headers[1]}</TableHeaderCell>
              <TableHeaderCell className={layout.number}>{t.effectMnkr}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {view.rows.map((r) => (
              <TableRow key={r.post}>
                <TableCell>{r.post}</TableCell>
                <TableCell>{r.forandring}</TableCell>
                <TableCell className={layout.number}>
                  {formatFixedAmount(r.effektMnkr, props.lang, 2)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <WriteButton
        lang={props.lang}
        label={t.write}
        blocked={
          (view.kind !== "table" && view.kind !== "waiting") || (view.kind === "table" && !!view.unwritable)
        }
        {...(view.kind === "table" && view.unwritable ? { reason: view.unwritable } : {})}
        onClick={() => void writeSheet()}
        testId="sens-write"
      />
      {status && <MessageBar intent="success">{status}</MessageBar>}
    </section>
  );
}
