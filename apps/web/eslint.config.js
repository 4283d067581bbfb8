import react from "@hunar/eslint-config/react";

export default react;
