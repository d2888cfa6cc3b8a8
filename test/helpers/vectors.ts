/** Vector B of domain.md: four respondents' SKM answers (U1..U9) → NRR 3.25 … 3.00, IKM 79.1667 (B, Baik). */
export const VECTOR_B = [
  [4, 4, 3, 4, 3, 4, 4, 3, 4],
  [3, 3, 3, 4, 3, 3, 4, 3, 3],
  [4, 3, 2, 4, 3, 3, 3, 3, 2],
  [2, 3, 3, 4, 3, 2, 3, 2, 3],
];
