//! The OpenAI-compatible client against a loopback server that speaks the
//! chat-completions protocol and misbehaves on cue. No network: every
//! server here listens on 127.0.0.1 and stops when its test ends.

// Helpers here are test code too: a panic is a failing test with its location.
#![allow(clippy::unwrap_used)]

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use kairos_core::analysis::Analyzer;
use kairos_core::llm::{analyze_with_model, ModelOutcome};
use kairos_core::ports::{AnswerSchema, ChatMessage, CompletionRequest, LanguageModel, LlmError};
use kairos_llm::{OpenAiCompatible, OpenAiConfig};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const KEY: &str = "sk-test-0123456789SECRET";

/// What the server does with one request.
#[derive(Clone)]
enum Reply {
    /// A status, extra headers and a body.
    Http(u16, Vec<(&'static str, String)>, String),
    /// A good completion after a delay.
    Slow(Duration),
    /// Closes the connection with a reset instead of answering.
    Reset,
    /// Announces a full body and sends half of it.
    Truncated,
    /// Answers 401 with the request's Authorization header in the body.
    EchoAuth,
}

fn completion(content: &str) -> String {
    serde_json::json!({
        "id": "chatcmpl-1", "object": "chat.completion", "model": "test",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 42, "completion_tokens": 7, "total_tokens": 49}
    })
    .to_string()
}

fn ok(content: &str) -> Reply {
    Reply::Http(200, vec![], completion(content))
}

struct Server {
    base_url: String,
    requests: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn hits(&self) -> usize {
        self.requests.lock().unwrap().len()
    }

    fn request(&self, n: usize) -> serde_json::Value {
        let raw = self.requests.lock().unwrap()[n].clone();
        let body = raw.split("\r\n\r\n").nth(1).unwrap_or("");
        serde_json::from_str(body).unwrap()
    }
}

/// Starts a server that answers each request with the next reply of the
/// script (and 500 once the script runs out).
async fn serve(script: Vec<Reply>) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base_url = format!("http://{}/v1", listener.local_addr().unwrap());
    let requests = Arc::new(Mutex::new(Vec::new()));
    let script = Arc::new(Mutex::new(VecDeque::from(script)));
    let seen = requests.clone();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let (seen, script) = (seen.clone(), script.clone());
            tokio::spawn(async move { handle(socket, seen, script).await });
        }
    });
    Server { base_url, requests }
}

async fn handle(
    mut socket: TcpStream,
    seen: Arc<Mutex<Vec<String>>>,
    script: Arc<Mutex<VecDeque<Reply>>>,
) {
    let Some(raw) = read_request(&mut socket).await else {
        return;
    };
    let auth = raw
        .lines()
        .find(|l| l.to_ascii_lowercase().starts_with("authorization:"))
        .unwrap_or("")
        .to_owned();
    seen.lock().unwrap().push(raw);
    let reply = script.lock().unwrap().pop_front().unwrap_or(Reply::Http(
        500,
        vec![],
        "script ran out".into(),
    ));
    let respond = |status: u16, headers: &[(&str, String)], body: &str| {
        let mut head = format!("HTTP/1.1 {status} X\r\ncontent-type: application/json\r\nconnection: close\r\ncontent-length: {}\r\n", body.len());
        for (k, v) in headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        format!("{head}\r\n{body}")
    };
    match reply {
        Reply::Http(status, headers, body) => {
            let _ = socket
                .write_all(respond(status, &headers, &body).as_bytes())
                .await;
        }
        Reply::Slow(delay) => {
            tokio::time::sleep(delay).await;
            let _ = socket
                .write_all(respond(200, &[], &completion("late")).as_bytes())
                .await;
        }
        Reply::Reset => {
            let _ = socket.set_zero_linger();
            drop(socket);
            return;
        }
        Reply::Truncated => {
            let full = respond(200, &[], &completion("cut"));
            let _ = socket.write_all(&full.as_bytes()[..full.len() - 40]).await;
        }
        Reply::EchoAuth => {
            let body =
                format!("{{\"error\": {{\"message\": \"Incorrect API key provided in {auth}\"}}}}");
            let _ = socket.write_all(respond(401, &[], &body).as_bytes()).await;
        }
    }
    let _ = socket.shutdown().await;
}

async fn read_request(socket: &mut TcpStream) -> Option<String> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        let n = socket.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
        let text = String::from_utf8_lossy(&buf);
        if let Some(end) = text.find("\r\n\r\n") {
            let length = text[..end]
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length:")
                        .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                })
                .unwrap_or(0);
            if buf.len() >= end + 4 + length {
                return Some(text.into_owned());
            }
        }
    }
}

fn client(server: &Server) -> OpenAiCompatible {
    let mut config = OpenAiConfig::new(&server.base_url, "test-model").with_api_key(KEY);
    config.base_delay = Duration::from_millis(20);
    config.max_delay = Duration::from_secs(2);
    config.timeout = Duration::from_secs(5);
    OpenAiCompatible::new(config).unwrap()
}

fn request() -> CompletionRequest {
    CompletionRequest {
        system: "Answer with JSON.".into(),
        messages: vec![ChatMessage::user("hello")],
        schema: Some(AnswerSchema {
            name: "answer".into(),
            schema: serde_json::json!({"type": "object"}),
        }),
        temperature: 0.0,
        max_tokens: 100,
    }
}

#[tokio::test]
async fn a_good_answer() {
    let server = serve(vec![ok("{\"a\":1}")]).await;
    let got = client(&server).complete(&request()).await.unwrap();
    assert_eq!(got.text, "{\"a\":1}");
    assert_eq!(
        (got.usage.prompt_tokens, got.usage.completion_tokens),
        (42, 7)
    );
    let sent = server.request(0);
    assert_eq!(sent["model"], "test-model");
    assert_eq!(sent["response_format"]["type"], "json_schema");
    assert_eq!(sent["response_format"]["json_schema"]["name"], "answer");
    assert_eq!(sent["messages"][0]["role"], "system");
    assert_eq!(sent["messages"][1]["content"], "hello");
    let raw = server.requests.lock().unwrap()[0].clone();
    assert!(
        raw.contains(&format!("authorization: Bearer {KEY}"))
            || raw.contains(&format!("Authorization: Bearer {KEY}"))
    );
}

#[tokio::test]
async fn malformed_json_answers_are_repaired_once_then_fall_back() {
    let server = serve(vec![
        ok("{\"required_skills\": [\"Rust\""),
        ok("still { not json"),
    ])
    .await;
    let model = client(&server);
    let got =
        analyze_with_model(&model, Analyzer::shared(), "Engineer", "Requirements: Rust").await;
    assert_eq!(server.hits(), 2);
    match got.model {
        ModelOutcome::FellBack { reason } => assert!(reason.contains("invalid twice"), "{reason}"),
        other => panic!("{other:?}"),
    }
    // The second request carried the bad answer and what was wrong with it.
    let repair = server.request(1);
    assert_eq!(repair["messages"][2]["role"], "assistant");
    assert!(repair["messages"][3]["content"]
        .as_str()
        .unwrap()
        .contains("invalid"));
    // A body that is not a completion at all is a bad response.
    let server = serve(vec![Reply::Http(
        200,
        vec![],
        "<html>gateway</html>".into(),
    )])
    .await;
    let err = client(&server).complete(&request()).await.unwrap_err();
    assert!(matches!(err, LlmError::BadResponse { .. }), "{err:?}");
}

#[tokio::test]
async fn answers_that_break_the_schema_fall_back() {
    let breaking = r#"{"required_skills": "Rust", "preferred_skills": [], "years_experience": null, "keywords": []}"#;
    let with_score = r#"{"required_skills": [], "preferred_skills": [], "years_experience": null, "keywords": [], "match_score": 1.0}"#;
    let server = serve(vec![ok(breaking), ok(with_score)]).await;
    let got = analyze_with_model(
        &client(&server),
        Analyzer::shared(),
        "Engineer",
        "Requirements: Rust",
    )
    .await;
    assert_eq!(server.hits(), 2);
    assert!(
        matches!(got.model, ModelOutcome::FellBack { ref reason } if reason.contains("match_score")),
        "{:?}",
        got.model
    );
    assert_eq!(
        got.report,
        Analyzer::shared().analyze("Engineer", "Requirements: Rust")
    );
}

#[tokio::test]
async fn rate_limits_honour_retry_after() {
    let server = serve(vec![
        Reply::Http(429, vec![("retry-after", "1".into())], "{}".into()),
        ok("{}"),
    ])
    .await;
    let started = Instant::now();
    let got = client(&server).complete(&request()).await.unwrap();
    assert_eq!(got.text, "{}");
    assert_eq!(server.hits(), 2);
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "{:?}",
        started.elapsed()
    );

    // A wait longer than the client allows ends the call at once, saying how long.
    let server = serve(vec![Reply::Http(
        429,
        vec![("retry-after", "3600".into())],
        "{}".into(),
    )])
    .await;
    let started = Instant::now();
    let err = client(&server).complete(&request()).await.unwrap_err();
    assert_eq!(
        err,
        LlmError::RateLimited {
            retry_after: Some(Duration::from_secs(3600))
        }
    );
    assert_eq!(server.hits(), 1);
    assert!(started.elapsed() < Duration::from_secs(1));
}

#[tokio::test]
async fn server_errors_are_retried_until_the_attempts_run_out() {
    let e500 = Reply::Http(500, vec![], "{\"error\":\"boom\"}".into());
    let server = serve(vec![e500.clone(), e500.clone(), e500.clone(), ok("never")]).await;
    let started = Instant::now();
    let err = client(&server).complete(&request()).await.unwrap_err();
    assert_eq!(server.hits(), 3);
    match &err {
        LlmError::Unavailable { reason } => assert!(
            reason.contains("HTTP 500") && reason.contains("after 3 attempts"),
            "{reason}"
        ),
        other => panic!("{other:?}"),
    }
    assert!(started.elapsed() < Duration::from_secs(2));
    // One 503 then a good answer succeeds.
    let server = serve(vec![Reply::Http(503, vec![], "busy".into()), ok("{}")]).await;
    assert!(client(&server).complete(&request()).await.is_ok());
    assert_eq!(server.hits(), 2);
}

#[tokio::test]
async fn a_slow_answer_times_out_without_retrying() {
    let server = serve(vec![Reply::Slow(Duration::from_secs(3)), ok("{}")]).await;
    let mut config = OpenAiConfig::new(&server.base_url, "m");
    config.timeout = Duration::from_millis(500);
    let started = Instant::now();
    let err = OpenAiCompatible::new(config)
        .unwrap()
        .complete(&request())
        .await
        .unwrap_err();
    assert_eq!(
        err,
        LlmError::Timeout {
            after: Duration::from_millis(500)
        }
    );
    assert!(
        started.elapsed() < Duration::from_millis(1500),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn resets_and_truncated_bodies_are_retried() {
    let server = serve(vec![Reply::Reset, Reply::Truncated, ok("{\"fine\":true}")]).await;
    let got = client(&server).complete(&request()).await.unwrap();
    assert_eq!(got.text, "{\"fine\":true}");
    assert_eq!(server.hits(), 3);

    let server = serve(vec![Reply::Reset, Reply::Reset, Reply::Reset]).await;
    let started = Instant::now();
    let err = client(&server).complete(&request()).await.unwrap_err();
    assert!(matches!(err, LlmError::Unavailable { .. }), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(2));

    // Nothing listening at all.
    let port = {
        TcpListener::bind("127.0.0.1:0")
            .await
            .unwrap()
            .local_addr()
            .unwrap()
            .port()
    };
    let mut config = OpenAiConfig::new(format!("http://127.0.0.1:{port}/v1"), "m");
    config.base_delay = Duration::from_millis(10);
    let err = OpenAiCompatible::new(config)
        .unwrap()
        .complete(&request())
        .await
        .unwrap_err();
    assert!(
        matches!(err, LlmError::Unavailable { ref reason } if reason.contains("after 3 attempts")),
        "{err:?}"
    );
}

#[tokio::test]
async fn servers_without_json_schema_get_json_object() {
    let refuse = Reply::Http(
        400,
        vec![],
        "{\"error\":{\"message\":\"response_format type json_schema is not supported\"}}".into(),
    );
    let server = serve(vec![refuse, ok("{}"), ok("{}")]).await;
    let model = client(&server);
    model.complete(&request()).await.unwrap();
    model.complete(&request()).await.unwrap();
    assert_eq!(server.hits(), 3);
    assert_eq!(server.request(0)["response_format"]["type"], "json_schema");
    for n in [1, 2] {
        let sent = server.request(n);
        assert_eq!(sent["response_format"]["type"], "json_object");
        assert!(sent["messages"][0]["content"]
            .as_str()
            .unwrap()
            .contains("JSON Schema"));
    }
}

#[tokio::test]
async fn refusals_and_bad_config_are_named() {
    let refusal = serde_json::json!({"choices": [{"message": {"role": "assistant", "content": null, "refusal": "I can't help with that."}, "finish_reason": "stop"}]}).to_string();
    let server = serve(vec![Reply::Http(200, vec![], refusal)]).await;
    let err = client(&server).complete(&request()).await.unwrap_err();
    assert_eq!(
        err,
        LlmError::Refused {
            reason: "I can't help with that.".into()
        }
    );

    let err = OpenAiCompatible::new(OpenAiConfig::new("ftp://example", "m")).unwrap_err();
    assert!(matches!(err, LlmError::Config { ref reason } if reason.contains("ftp://example")));
    let err = OpenAiConfig::from_lookup(|_| None).unwrap_err();
    assert!(err.to_string().contains("KAIROS_LLM_MODEL"));
    let config = OpenAiConfig::from_lookup(|k| match k {
        "KAIROS_LLM_MODEL" => Some("llama3.1".into()),
        "KAIROS_LLM_BASE_URL" => Some("http://localhost:11434/v1".into()),
        _ => None,
    })
    .unwrap();
    assert_eq!(
        (
            config.base_url.as_str(),
            config.model.as_str(),
            config.api_key.is_none()
        ),
        ("http://localhost:11434/v1", "llama3.1", true)
    );
}

/// Collects every log line, at every level.
struct Capture(Mutex<Vec<String>>);

impl log::Log for Capture {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }
    fn log(&self, record: &log::Record<'_>) {
        self.0
            .lock()
            .unwrap()
            .push(format!("{} {}", record.level(), record.args()));
    }
    fn flush(&self) {}
}

fn logs() -> &'static Capture {
    static CAPTURE: OnceLock<&'static Capture> = OnceLock::new();
    CAPTURE.get_or_init(|| {
        let capture: &'static Capture = Box::leak(Box::new(Capture(Mutex::new(Vec::new()))));
        log::set_logger(capture).unwrap();
        log::set_max_level(log::LevelFilter::Trace);
        capture
    })
}

#[tokio::test]
async fn the_api_key_never_shows() {
    let capture = logs();
    let server = serve(vec![
        Reply::EchoAuth,
        Reply::Http(500, vec![], format!("key was {KEY}")),
        Reply::Http(500, vec![], format!("key was {KEY}")),
        Reply::Http(500, vec![], format!("key was {KEY}")),
    ])
    .await;
    let model = client(&server);
    assert!(!format!("{model:?}").contains(KEY));
    assert!(format!("{model:?}").contains("ApiKey(****)"));

    // The server echoes the key in a 401 body: the error keeps the message, not the key.
    let err = model.complete(&request()).await.unwrap_err();
    assert!(matches!(err, LlmError::Config { .. }), "{err:?}");
    assert!(err.to_string().contains("[redacted]"), "{err}");
    // And in 500 bodies, through retries and their log lines.
    let err2 = model.complete(&request()).await.unwrap_err();
    let core: kairos_core::Error = err2.clone().into();
    for text in [
        err.to_string(),
        format!("{err:?}"),
        err2.to_string(),
        format!("{err2:?}"),
        core.to_string(),
        format!("{core:?}"),
    ] {
        assert!(!text.contains(KEY), "{text}");
    }
    let lines = capture.0.lock().unwrap().clone();
    assert!(
        lines.iter().any(|l| l.contains("retrying")),
        "the retries were logged: {lines:?}"
    );
    assert!(lines.iter().all(|l| !l.contains(KEY)), "{lines:?}");
}
