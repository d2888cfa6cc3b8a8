import * as z from "zod";
import { indicesByQuery, indicesByResponse } from "./service-schemas";

const CHANNEL = z
  .enum(["all", "online"])
  .describe(
    "`all` (default): every response. `online`: without the answers collected elsewhere (paper, interview, other; `channel` in the responses rows), computed as the rollups minus those few responses",
  );

/** The indices query with `channel`: the figures with or without the answers collected outside the app. */
export const indicesChannelQuery = indicesByQuery.extend({ channel: CHANNEL.default("all") });

export const indicesChannelResponse = indicesByResponse.extend({ channel: CHANNEL });
