// openapi-fetch's default export under a name, so size-limit can import it the way the client does.
export { default as createClient } from "openapi-fetch";
