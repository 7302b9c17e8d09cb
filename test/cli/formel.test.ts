import { kommunkalkyl } from "../helpers";

describe("kommunkalkyl formel", () => {
  it("prints 985 for NETCOSTFRAME(1000,5,2%): 1 000 + 5 − 20", () => {
    const r = kommunkalkyl(["formel", "=KOMMUN.NETCOSTFRAME(1000,5,2%)"]);
    expect(r.stdout).toBe("985\n");
    expect(r.status).toBe(0);
  });

  it("takes Swedish names, semicolons and decimal commas with --sv", () => {
    expect(kommunkalkyl(["formel", "--sv", "=KOMMUN.NETTOKOSTNADSRAM(1000;5;2%)"]).stdout).toBe("985\n");
    expect(kommunkalkyl(["formel", "--sv", "=SUMMA(KOMMUN.RESULTATKRAV(1000);0,5)"]).stdout).toBe("20.5\n");
  });

  it("prints #VALUE! with a message that says to write 2 %", () => {
    const r = kommunkalkyl(["formula", "=KOMMUN.RESULTREQUIREMENT(1000,2)"]);
    expect(r.stdout).toMatch(/^#VALUE! .*Write 2 % \(0\.02\), not 2\./);
    expect(r.status).toBe(0);
  });

  it("prints a spilled range as tab-separated rows", () => {
    expect(kommunkalkyl(["formel", "=KOMMUN.ALLOCATE({100;100;100},10,,0)"]).stdout).toBe("4\n3\n3\n");
    expect(kommunkalkyl(["formel", "=KOMMUN.ALLOCATE({100,100,100},10,,0)"]).stdout).toBe("4\t3\t3\n");
  });

  it("exits 2 with the usage on a usage error", () => {
    const r = kommunkalkyl(["formel"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/kommunkalkyl formel/);
    expect(kommunkalkyl(["rita"]).status).toBe(2);
  });
});
