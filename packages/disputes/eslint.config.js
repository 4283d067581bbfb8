import { layered } from "@hunar/eslint-config";

export default layered("@hunar/disputes");
