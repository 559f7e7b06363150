// workerd: a module worker that runs the scenario against the base URL in its request's query and
// answers with the results as JSON.
import { runScenario } from "./scenario.js";

export default {
  async fetch(request: Request): Promise<Response> {
    const baseUrl = new URL(request.url).searchParams.get("api");
    if (!baseUrl) return new Response("missing ?api=", { status: 400 });
    return Response.json(await runScenario(baseUrl));
  },
};
