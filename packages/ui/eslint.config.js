import { layered } from "@hunar/eslint-config/react";

export default layered("@hunar/ui");
