import { kommunkalkyl } from "../helpers";

describe("kommunkalkyl formel", () => {
  it("prints 985 for NETCOSTFRAME(1000,5,2%): 1 000 + 5 − 20", () => {
    const r = kommunkalkyl(["formel", "=KOMMUN.NETCOSTFRAME(1000,5,2%)"]);
    expect(r.stdout).toBe("985\n");
    expect(r.status).toBe(0);
  });

  it("takes Swedish names, semicolons and decimal commas with --sv, and answers with a decimal comma", () => {
    expect(kommunkalkyl(["formel", "--sv", "=KOMMUN.NETTOKOSTNADSRAM(1000;5;2%)"]).stdout).toBe("985\n");
    // 2 % of 1 000 = 20, plus 0,5
    expect(kommunkalkyl(["formel", "--sv", "=SUMMA(KOMMUN.RESULTATKRAV(1000);0,5)"]).stdout).toBe("20,5\n");
  });

  it("prints numbers as Excel's General format: 15 significant digits", () => {
    // 0.1 + 0.2 is 0.30000000000000004 as a double; Excel shows 0.3
    expect(kommunkalkyl(["formel", "=0.1+0.2"]).stdout).toBe("0.3\n");
    // 1/3 to 15 significant digits
    expect(kommunkalkyl(["formel", "=1/3"]).stdout).toBe("0.333333333333333\n");
    // from 10^15 on, Excel's General writes a mantissa of at most 15 digits and a two-digit exponent
    expect(kommunkalkyl(["formel", "=123456789012345678"]).stdout).toBe("1.23456789012346E+17\n");
    expect(kommunkalkyl(["formel", "=10^-10"]).stdout).toBe("1E-10\n");
    expect(kommunkalkyl(["formel", "--sv", "=1/4"]).stdout).toBe("0,25\n");
    // --raw: as JavaScript prints the double
    expect(kommunkalkyl(["formel", "--raw", "=0.1+0.2"]).stdout).toBe("0.30000000000000004\n");
  });

  it("prints #VALUE! with a message that says to write 2 %, and exits 3", () => {
    const r = kommunkalkyl(["formula", "=KOMMUN.RESULTREQUIREMENT(1000,2)"]);
    expect(r.stdout).toMatch(/^#VALUE! .*Write 2 % \(0\.02\), not 2\./);
    expect(r.status).toBe(3);
    const sv = kommunkalkyl(["formel", "--sv", "=KOMMUN.RESULTATKRAV(1000;2)"]);
    expect(sv.stdout).toMatch(/^#VÄRDEFEL! .*Skriv 2 % \(0,02\), inte 2\./);
    expect(sv.status).toBe(3);
  });

  it("names the function and the expected count on a wrong number of arguments", () => {
    const r = kommunkalkyl(["formel", "=KOMMUN.RESULTREQUIREMENT(1,2,3,4)"]);
    expect(r.stdout).toBe(
      "#N/A KOMMUN.RESULTREQUIREMENT takes 1 to 2 arguments (taxes_and_grants, [share]), got 4.\n",
    );
    expect(r.status).toBe(3);
    const sv = kommunkalkyl(["formel", "--sv", "=KOMMUN.RESULTATKRAV(1;2;3)"]);
    expect(sv.stdout).toBe(
      "#SAKNAS! KOMMUN.RESULTATKRAV tar 1–2 argument (skatter_och_bidrag; [andel]), fick 3.\n",
    );
    // Excel's own functions too, from HyperFormula's metadata: SUM needs at least one
    expect(kommunkalkyl(["formel", "=SUM()"]).stdout).toBe("#N/A SUM takes at least 1 argument, got 0.\n");
    // the wrong call is found inside another; commas in text and arrays are not separators
    expect(kommunkalkyl(["formel", '=SUM(1,ROUND(2,1,5),LEN("a,b"),{1,2})']).stdout).toBe(
      "#N/A ROUND takes 1 to 2 arguments, got 3.\n",
    );
  });

  it("shows #NAME? for an unknown KOMMUN function with the closest name", () => {
    const r = kommunkalkyl(["formel", "=KOMMUN.NETCOSTFRAMEE(1000,5)"]);
    expect(r.stdout).toBe(
      "#NAME? Unknown function KOMMUN.NETCOSTFRAMEE; did you mean KOMMUN.NETCOSTFRAME?\n",
    );
    expect(r.status).toBe(3);
    const sv = kommunkalkyl(["formel", "--sv", "=KOMMUN.NETTOKOSTNADSRAMM(1000;5)"]);
    expect(sv.stdout).toBe(
      "#NAMN? Okänd funktion KOMMUN.NETTOKOSTNADSRAMM; menade du KOMMUN.NETTOKOSTNADSRAM?\n",
    );
    // far from every name: the closest is given, but not as a guess
    expect(kommunkalkyl(["formel", "=KOMMUN.XYZ(1)"]).stdout).toMatch(
      /^#NAME\? Unknown function KOMMUN\.XYZ; the closest KOMMUN name is KOMMUN\.\S+ \(all are in the README\)\.\n$/,
    );
    // a Swedish name without --sv
    expect(kommunkalkyl(["formel", "=KOMMUN.RESULTATKRAV(1000)"]).stdout).toBe(
      "#NAME? KOMMUN.RESULTATKRAV is the Swedish name; give --sv or write KOMMUN.RESULTREQUIREMENT.\n",
    );
  });

  it("gives a clean parse error, without the parser's tokens, and exits 2", () => {
    const r = kommunkalkyl(["formel", "=1+"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("The formula cannot be parsed: =1+ (the formula ends with an operator).");
    expect(r.stderr).toContain("Formeln kan inte tolkas: =1+");
    expect(r.stderr).not.toMatch(/Token|Expecting|LParen/);
    // Swedish separators without --sv: say so
    expect(kommunkalkyl(["formel", "=SUM(1;2)"]).stderr).toContain("; separates arguments only with --sv");
    expect(kommunkalkyl(["formel", "=1,5+1"]).stderr).toContain(
      "The formula cannot be parsed: =1,5+1 (write 1.5: a decimal comma only with --sv).",
    );
  });

  it("names a formula that refers to its own cell", () => {
    const r = kommunkalkyl(["formel", "=A1+1"]);
    expect(r.stdout).toBe("#VALUE! Circular reference: Blad1!A1 refers to itself.\n");
    expect(r.status).toBe(3);
  });

  it("prints a spilled range as tab-separated rows", () => {
    expect(kommunkalkyl(["formel", "=KOMMUN.ALLOCATE({100;100;100},10,,0)"]).stdout).toBe("4\n3\n3\n");
    expect(kommunkalkyl(["formel", "=KOMMUN.ALLOCATE({100,100,100},10,,0)"]).stdout).toBe("4\t3\t3\n");
  });

  it("exits 2 with our own usage text on a usage error, never Node's", () => {
    const r = kommunkalkyl(["formel"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/kommunkalkyl formel/);
    expect(r.stderr).toContain("formula needs a formula.");
    const unknown = kommunkalkyl(["formel", "--bogus", "=1"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Okänd flagga --bogus för formel.");
    expect(unknown.stderr).toContain("Unknown option --bogus for formel.");
    expect(unknown.stderr).not.toMatch(/ERR_PARSE_ARGS|To specify a positional argument/);
    const missing = kommunkalkyl(["formel", "=1", "--cache"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("The option --cache needs a value.");
    const command = kommunkalkyl(["rita"]);
    expect(command.status).toBe(2);
    expect(command.stderr).toContain("Unknown command: rita.");
  });

  it("has --help with examples and the exit codes, in English or Swedish", () => {
    const r = kommunkalkyl(["formel", "--help", "--en"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("kommunkalkyl formula [options] '<formula>'");
    expect(r.stdout).toContain("Examples:");
    expect(r.stdout).toMatch(/Exit codes:\n {2}0 {2}all computed\n {2}1 {2}an I\/O or runtime failure/);
    expect(r.stdout).toMatch(/ {2}3 {2}computed, but at least one cell/);
    const sv = kommunkalkyl(["formel", "-h", "--sv"]);
    expect(sv.stdout).toContain("Slutkoder:");
    expect(kommunkalkyl(["help", "formel", "--en"]).stdout).toBe(r.stdout);
  });
});
