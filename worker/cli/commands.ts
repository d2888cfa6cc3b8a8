import type { Command } from "./command";
import { dataCommands } from "./data-commands";
import { setupCommands } from "./setup-commands";
import { tokenCommands } from "./token-commands";

export const commands: Record<string, Command> = { ...setupCommands, ...tokenCommands, ...dataCommands };
