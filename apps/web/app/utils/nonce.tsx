import { createContext, useContext } from "react";

// The CSP nonce exists only while the server renders the document; in the browser the scripts
// are already trusted, so an empty string is right there.
export const NonceContext = createContext("");

export function useNonce(): string {
  return useContext(NonceContext);
}
