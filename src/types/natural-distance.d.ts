// Deep imports of natural's string distances: `require('natural')` at its root would load dotenv,
// which prints to stdout and reads the caller's `.env`.
declare module 'natural/lib/natural/distance/jaro-winkler_distance' {
  function JaroWinklerDistance(s1: string, s2: string, options?: { dj?: number; ignoreCase?: boolean }): number;
  export = JaroWinklerDistance;
}

declare module 'natural/lib/natural/distance/levenshtein_distance' {
  interface DistanceOptions {
    insertion_cost?: number;
    deletion_cost?: number;
    substitution_cost?: number;
    transposition_cost?: number;
    restricted?: boolean;
  }
  export function DamerauLevenshteinDistance(source: string, target: string, options?: DistanceOptions): number;
  export function LevenshteinDistance(source: string, target: string, options?: DistanceOptions): number;
}
