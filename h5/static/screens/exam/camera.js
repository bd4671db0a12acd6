// The phone's front camera: a live preview and a frame captured as JPEG for the face
// endpoints. The server judges the photo (no face, several faces, another person); the
// camera only has to deliver a frame.

export class Camera {
  constructor() {
    this.stream = null;
    this.video = null;
  }

  // Start the camera into `video` (an HTMLVideoElement). Rejects with a Chinese message.
  async start(video) {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      throw new Error('此浏览器不支持调用摄像头，请使用手机微信或系统浏览器打开');
    }
    try {
      if (!this.stream) {
        this.stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'user', width: { ideal: 640 }, height: { ideal: 640 } }, audio: false,
        });
      }
    } catch (err) {
      throw new Error(err && err.name === 'NotAllowedError' ? '未获得摄像头权限，请在浏览器设置中允许使用摄像头'
        : '无法打开摄像头，请检查设备后重试');
    }
    this.video = video;
    video.srcObject = this.stream;
    video.muted = true;
    video.setAttribute('playsinline', '');
    await video.play().catch(() => {});
    if (!video.videoWidth) {
      await new Promise((resolve) => video.addEventListener('loadedmetadata', resolve, { once: true }));
    }
  }

  // The current frame as a JPEG Blob.
  async capture(quality = 0.9) {
    const video = this.video;
    if (!video || !video.videoWidth) throw new Error('摄像头尚未就绪，请稍候再试');
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) => canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('拍照失败，请重试'))), 'image/jpeg', quality));
  }

  stop() {
    if (this.stream) for (const track of this.stream.getTracks()) track.stop();
    this.stream = null;
    if (this.video) this.video.srcObject = null;
    this.video = null;
  }
}
