// The feasibility arithmetic: what the plant's power would mean for Bitcoin mining. Pure functions; the
// chapter text, the front page and the calculator all compute their figures here (formulas: DOSSIER.md §5).

/** Inputs of one scenario. */
export interface Scenario {
  /** Reactors online, 0–6. */
  reactors: number;
  /** Net output of one unit, MW. */
  unitNetMW: number;
  /** Efficiency of the miners, joules per terahash. */
  joulesPerTerahash: number;
  /** Power drawn by one machine, W (only for named models). */
  machineWatts?: number;
  /** Facility overhead: total power ÷ power to the miners (1 = none). */
  pue: number;
  /** Share of the year the plant runs at full output, 0–1. */
  capacityFactor: number;
  /** Network hashrate before the plant joins, EH/s. */
  networkEH: number;
  /** Hours in the year. */
  hoursPerYear: number;
}

/** What a scenario yields. */
export interface Outcome {
  plantMW: number;
  minersMW: number;
  hashrateEH: number;
  machines: number | undefined;
  shareOfToday: number;
  shareAfterJoining: number;
  energyTWh: number;
}

/** Power reaching the miners, MW: the plant's net output less the facility overhead. */
export function minersPowerMW(plantMW: number, pue: number): number {
  return plantMW / pue;
}

/** Hashrate in EH/s from power in MW and efficiency in J/TH (MW ÷ J/TH = 10^6 TH/s = 1 EH/s). */
export function hashrateEH(powerMW: number, joulesPerTerahash: number): number {
  return powerMW / joulesPerTerahash;
}

/** Machines a power budget runs, rounded down. */
export function machineCount(powerMW: number, machineWatts: number): number {
  return Math.floor((powerMW * 1e6) / machineWatts);
}

/** Share of today's network x ÷ N, and share once the new hash has joined x ÷ (N + x). */
export function networkShare(addedEH: number, networkEH: number): { ofToday: number; afterJoining: number } {
  return { ofToday: addedEH / networkEH, afterJoining: addedEH / (networkEH + addedEH) };
}

/** Energy per year in TWh from power in MW, a capacity factor (0–1) and the hours in the year. */
export function energyTWh(powerMW: number, capacityFactor: number, hoursPerYear: number): number {
  return (powerMW * hoursPerYear * capacityFactor) / 1e6;
}

/** Everything one scenario yields. */
export function evaluate(s: Scenario): Outcome {
  const plantMW = s.reactors * s.unitNetMW;
  const minersMW = minersPowerMW(plantMW, s.pue);
  const hashrate = hashrateEH(minersMW, s.joulesPerTerahash);
  const share = networkShare(hashrate, s.networkEH);
  return {
    plantMW,
    minersMW,
    hashrateEH: hashrate,
    machines: s.machineWatts ? machineCount(minersMW, s.machineWatts) : undefined,
    shareOfToday: share.ofToday,
    shareAfterJoining: share.afterJoining,
    energyTWh: energyTWh(plantMW, s.capacityFactor, s.hoursPerYear),
  };
}
